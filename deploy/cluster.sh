#!/usr/bin/env bash
# Runs KMS Lab as a cluster on this machine, for trying it out: Debian's PostgreSQL, N instances of the app jar in
# cluster mode, and HAProxy in front of them, all on 127.0.0.1 (docs/operations.md, "Several instances").
#
#   deploy/cluster.sh start [N]     N instances (default 3) on ports 8081.., HAProxy on $KMSLAB_LB_PORT (8080)
#   deploy/cluster.sh stop          stops what start started (by the process ids it wrote down)
#   deploy/cluster.sh status        which processes run, and who owns which sandbox
#
# Needs: a JDK 21+ (JAVA_HOME or java on PATH), the app jar (./mvnw -DskipTests package), root for
# apt-get/pg_ctlcluster (postgresql and haproxy are installed from Debian's packages when missing).
# Settings: KMSLAB_LB_PORT (8080), KMSLAB_FIRST_PORT (8081), KMSLAB_CLUSTER_DIR (./run/cluster),
# KMSLAB_HEAP (512m), KMSLAB_MODE (local | strict), KMSLAB_DB_NAME (kmslab_cluster).
set -euo pipefail
cd "$(dirname "$0")/.."

DIR="${KMSLAB_CLUSTER_DIR:-$PWD/run/cluster}"
LB_PORT="${KMSLAB_LB_PORT:-8080}"
FIRST_PORT="${KMSLAB_FIRST_PORT:-8081}"
HEAP="${KMSLAB_HEAP:-512m}"
MODE="${KMSLAB_MODE:-local}"
JAR="${KMSLAB_JAR:-$(ls target/kmslab-*.jar 2>/dev/null | grep -v original | head -1)}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
DB="${KMSLAB_DB_NAME:-kmslab_cluster}"

need_packages() {
  local missing=()
  command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
  command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
  if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

start_postgres() {
  local version port
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main" || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
  port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
  for _ in $(seq 1 30); do pg_isready -q -h localhost -p "$port" && break; sleep 1; done
  PG_PORT="$port"
  local pw; pw=$(cat "$DIR/db.password")
  pg() { (cd / && runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -qtAc "$1"); }
  [ "$(pg "SELECT 1 FROM pg_roles WHERE rolname = '$DB'")" = 1 ] || pg "CREATE ROLE $DB LOGIN PASSWORD '$pw'"
  [ "$(pg "SELECT 1 FROM pg_database WHERE datname = '$DB'")" = 1 ] || pg "CREATE DATABASE $DB OWNER $DB"
}

health() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1/actuator/health"; }

start_instance() {
  local i=$1 port=$((FIRST_PORT + $1 - 1))
  mkdir -p "$DIR/n$i"
  SPRING_PROFILES_ACTIVE=postgres KMSLAB_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$DB" KMSLAB_DB_USER=$DB \
  KMSLAB_DB_PASSWORD="$(cat "$DIR/db.password")" KMSLAB_ROOT_KEY="$(cat "$DIR/root.key")" \
    nohup "$JAVA" -Xmx"$HEAP" -jar "$JAR" --server.port="$port" --server.address=127.0.0.1 \
      --kmslab.data-dir="$DIR/n$i" --kmslab.cluster.enabled=true --kmslab.cluster.instance-id="n$i" \
      --kmslab.mode="$MODE" --kmslab.instructor-secret="$(cat "$DIR/instructor.secret")" \
      --kmslab.public-url="http://127.0.0.1:$LB_PORT" >"$DIR/n$i.log" 2>&1 &
  echo $! > "$DIR/n$i.pid"
}

wait_healthy() {
  local i=$1 port=$((FIRST_PORT + $1 - 1))
  for _ in $(seq 1 600); do
    health "$port" && return 0
    kill -0 "$(cat "$DIR/n$i.pid")" 2>/dev/null || { echo "instance n$i died; see $DIR/n$i.log" >&2; return 1; }
    sleep 0.5
  done
  echo "instance n$i did not start within 5 minutes; see $DIR/n$i.log" >&2
  return 1
}

start() {
  local n="${1:-3}"
  [ -n "$JAR" ] && [ -f "$JAR" ] || { echo "no app jar: run ./mvnw -DskipTests package first" >&2; exit 1; }
  [ -f "$DIR/haproxy.pid" ] && kill -0 "$(cat "$DIR/haproxy.pid")" 2>/dev/null && {
    echo "already running; deploy/cluster.sh stop first" >&2; exit 1; }
  need_packages
  mkdir -p "$DIR"; chmod 700 "$DIR"
  [ -f "$DIR/root.key" ] || (umask 077; head -c 32 /dev/urandom | base64 > "$DIR/root.key")
  [ -f "$DIR/db.password" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$DIR/db.password")
  [ -f "$DIR/instructor.secret" ] || (umask 077; head -c 12 /dev/urandom | base64 | tr -d '/+=' > "$DIR/instructor.secret")
  start_postgres
  # The first instance migrates the schema; the others start together once it is up.
  start_instance 1
  wait_healthy 1
  for i in $(seq 2 "$n"); do start_instance "$i"; done
  for i in $(seq 2 "$n"); do wait_healthy "$i"; done
  {
    sed -e "s/bind 127.0.0.1:8080/bind 127.0.0.1:$LB_PORT/" -e '/^    server /d' deploy/haproxy.cfg
    for i in $(seq 1 "$n"); do
      echo "    server n$i 127.0.0.1:$((FIRST_PORT + i - 1)) check cookie n$i"
    done
  } > "$DIR/haproxy.cfg"
  "$(command -v haproxy || echo /usr/sbin/haproxy)" -D -p "$DIR/haproxy.pid" -f "$DIR/haproxy.cfg"
  for _ in $(seq 1 50); do health "$LB_PORT" && break; sleep 0.2; done
  echo "KMS Lab: http://127.0.0.1:$LB_PORT ($n instances; instructor secret in $DIR/instructor.secret)"
}

stop() {
  for f in "$DIR"/haproxy.pid "$DIR"/n*.pid; do
    [ -f "$f" ] || continue
    pid=$(cat "$f")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -f "$f"
  done
  echo "stopped (PostgreSQL keeps running; its data stays in database $DB)"
}

status() {
  for f in "$DIR"/haproxy.pid "$DIR"/n*.pid; do
    [ -f "$f" ] || continue
    pid=$(cat "$f"); name=$(basename "$f" .pid)
    if kill -0 "$pid" 2>/dev/null; then echo "$name running (pid $pid)"; else echo "$name stopped"; fi
  done
  (cd / && runuser -u postgres -- psql -d "$DB" -qc \
    "SELECT o.account_id, o.instance_id, o.epoch, i.heartbeat_at FROM sandbox_owner o
     LEFT JOIN cluster_instance i USING (instance_id) ORDER BY 1" 2>/dev/null) || true
}

case "${1:-}" in
  start) start "${2:-3}" ;;
  stop) stop ;;
  status) status ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac
