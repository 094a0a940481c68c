package org.kmslab.sandbox.console;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.HsmClusterDescription;
import org.kmslab.sandbox.ExternalKeyStores;
import org.kmslab.sandbox.Sandbox;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code lab cloudhsm ...} and {@code lab xks ...}: the parts of a custom key store that are not KMS. The simulated
 * CloudHSM (clusters, HSMs, the kmsuser password) and the in-process external key store proxy with its external key
 * manager (the proxy's settings, external keys, the proxy's request log). None of them is a KMS call, so none appears
 * in the KMS audit log; cluster changes are saved with the sandbox.
 */
final class KeyStoreLabCommands {

    static final String HELP = """
              lab cloudhsm create-cluster --kmsuser-password <pw>   an initialized cluster, 2 HSMs in 2 AZs; writes
                                                              its trust anchor to customerCA.crt
              lab cloudhsm describe-clusters                  clusters, HSMs and the key labels inside them
              lab cloudhsm create-hsm --cluster-id <id> --availability-zone <az>
              lab cloudhsm delete-hsm --cluster-id <id> --hsm-id <id>
              lab cloudhsm change-kmsuser-password --cluster-id <id> --kmsuser-password <pw>
              lab xks describe-proxy                          the in-process XKS proxy: URI, path, its credential
              lab xks create-key                              a new AES-256 key in the external key manager
              lab xks disable-key --key-id <id> | enable-key --key-id <id>
              lab xks log                                     what KMS asked the proxy, newest last""";

    private KeyStoreLabCommands() {
    }

    static ConsoleResult cloudHsm(String line, CliArgs args, ConsoleSession session) {
        String command = args.positionals().isEmpty() ? "help" : args.positionals().get(0);
        args.maxPositionals(1);
        Sandbox sandbox = session.sandbox();
        KmsEngine engine = sandbox.engine();
        return switch (command) {
            case "create-cluster" -> {
                args.allowOnly(Set.of("kmsuser-password"));
                HsmClusterDescription c = engine.cloudHsm(h -> h.createCluster(args.required("kmsuser-password")));
                sandbox.save(engine.region());
                session.workspace().write("customerCA.crt", c.trustAnchorCertificate()
                        .getBytes(StandardCharsets.US_ASCII));
                yield done(line, "cloudhsm create-cluster", describe(List.of(c))
                        + "\nTrust anchor written to customerCA.crt (use file://customerCA.crt).", cluster(c));
            }
            case "describe-clusters" -> {
                args.allowOnly(Set.of());
                List<HsmClusterDescription> all = engine.cloudHsm(h -> h.describeClusters());
                ObjectNode out = Output.object();
                ArrayNode list = out.putArray("Clusters");
                all.forEach(c -> list.add(cluster(c)));
                yield done(line, "cloudhsm describe-clusters", all.isEmpty() ? "No clusters." : describe(all), out);
            }
            case "create-hsm", "delete-hsm" -> {
                boolean create = command.equals("create-hsm");
                args.allowOnly(Set.of("cluster-id", create ? "availability-zone" : "hsm-id"));
                HsmClusterDescription c = engine.cloudHsm(h -> create
                        ? h.createHsm(args.required("cluster-id"), args.required("availability-zone"))
                        : h.deleteHsm(args.required("cluster-id"), args.required("hsm-id")));
                sandbox.save(engine.region());
                yield done(line, "cloudhsm " + command, describe(List.of(c)), cluster(c));
            }
            case "change-kmsuser-password" -> {
                args.allowOnly(Set.of("cluster-id", "kmsuser-password"));
                engine.cloudHsm(h -> {
                    h.changeKmsuserPassword(args.required("cluster-id"), args.required("kmsuser-password"));
                    return null;
                });
                sandbox.save(engine.region());
                yield done(line, "cloudhsm change-kmsuser-password", "kmsuser password changed in the cluster. "
                        + "A key store that logs in as kmsuser needs it too: update-custom-key-store "
                        + "--key-store-password.", Output.object());
            }
            default -> done(line, "cloudhsm help", HELP, Output.object());
        };
    }

    static ConsoleResult xks(String line, CliArgs args, ConsoleSession session) {
        String command = args.positionals().isEmpty() ? "help" : args.positionals().get(0);
        args.maxPositionals(1);
        ExternalKeyStores stores = session.sandbox().externalKeyStores();
        String account = session.sandbox().accountId();
        return switch (command) {
            case "describe-proxy" -> {
                args.allowOnly(Set.of());
                ExternalKeyStores.Tenant t = stores.tenant(account);
                ObjectNode out = Output.object().put("XksProxyUriEndpoint", t.uriEndpoint())
                        .put("XksProxyUriPath", t.uriPath()).put("AccessKeyId", t.accessKeyId())
                        .put("RawSecretAccessKey", t.secretAccessKey());
                ArrayNode keys = out.putArray("ExternalKeys");
                t.keys().forEach(k -> keys.addObject().put("KeyId", k.keyId()).put("Status", k.status()));
                yield done(line, "xks describe-proxy", Output.render(out, null, null), out);
            }
            case "create-key" -> {
                args.allowOnly(Set.of());
                ExternalKeyStores.Key k = stores.createKey(account);
                yield done(line, "xks create-key", "External key " + k.keyId() + " (AES_256, " + k.status() + ")",
                        Output.object().put("KeyId", k.keyId()).put("Status", k.status()));
            }
            case "enable-key", "disable-key" -> {
                args.allowOnly(Set.of("key-id"));
                ExternalKeyStores.Key k = stores.setKeyEnabled(account, args.required("key-id"),
                        command.equals("enable-key"));
                yield done(line, "xks " + command, "External key " + k.keyId() + " is " + k.status(),
                        Output.object().put("KeyId", k.keyId()).put("Status", k.status()));
            }
            case "log" -> {
                args.allowOnly(Set.of());
                ObjectNode out = Output.object();
                ArrayNode list = out.putArray("Requests");
                StringBuilder text = new StringBuilder();
                for (ExternalKeyStores.ProxyRequest r : stores.tenant(account).requests()) {
                    list.addObject().put("Api", r.api()).put("KmsOperation", r.kmsOperation())
                            .put("KmsRequestId", r.kmsRequestId()).put("ExternalKeyId", r.externalKeyId())
                            .put("Status", r.status());
                    text.append(r.status()).append("  ").append(r.api()).append(" for ").append(r.kmsOperation())
                            .append(r.externalKeyId() == null ? "" : " with " + r.externalKeyId())
                            .append("  (KMS request ").append(r.kmsRequestId()).append(")\n");
                }
                yield done(line, "xks log", text.isEmpty() ? "The proxy has received no request yet."
                        : text.toString().stripTrailing(), out);
            }
            default -> done(line, "xks help", HELP, Output.object());
        };
    }

    private static String describe(List<HsmClusterDescription> clusters) {
        StringBuilder out = new StringBuilder();
        for (HsmClusterDescription c : clusters) {
            out.append(c.clusterId()).append("  ").append(c.state()).append("  ").append(c.hsms().size())
                    .append(" HSM(s)\n");
            c.hsms().forEach(h -> out.append("  ").append(h.hsmId()).append("  ").append(h.availabilityZone())
                    .append("  ").append(h.eniIp()).append('\n'));
            out.append("  keys inside: ").append(c.keyLabels().isEmpty() ? "none" : String.join(", ", c.keyLabels()))
                    .append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static ObjectNode cluster(HsmClusterDescription c) {
        ObjectNode out = Output.object().put("ClusterId", c.clusterId()).put("State", c.state());
        ArrayNode hsms = out.putArray("Hsms");
        c.hsms().forEach(h -> hsms.addObject().put("HsmId", h.hsmId()).put("AvailabilityZone", h.availabilityZone())
                .put("EniIp", h.eniIp()).put("State", h.state()));
        ArrayNode labels = out.putArray("KeyLabels");
        c.keyLabels().forEach(labels::add);
        return out;
    }

    private static ConsoleResult done(String line, String command, String text, ObjectNode result) {
        return new ConsoleResult(line, command, text, result, null, null);
    }
}
