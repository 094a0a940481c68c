-- wrk script: AWS KMS Encrypt over the JSON 1.1 wire protocol, one fixed key, 64 bytes of plaintext.
-- KEY_ID comes from the environment (bench/wire.sh creates the key first). The Authorization header is SigV4-shaped
-- with an access key nobody issued: local mode maps it to the default sandbox's administrator without checking the
-- signature, so the load generator spends nothing on signing.
local key_id = os.getenv("KEY_ID") or error("KEY_ID is not set")
wrk.method = "POST"
wrk.path = "/"
wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
wrk.headers["X-Amz-Target"] = "TrentService.Encrypt"
wrk.headers["X-Amz-Date"] = "20260101T000000Z"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKIABENCHWRK00000000/20260101/us-east-1/kms/aws4_request, "
  .. "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" .. string.rep("0", 64)
-- 64 bytes of plaintext, base64.
wrk.body = '{"KeyId":"' .. key_id .. '","Plaintext":"'
  .. "S01TIExhYiBiZW5jaG1hcmsgcGxhaW50ZXh0IG9mIHNpeHR5LWZvdXIgYnl0ZXMsIGZvciBFbmNyeXB0ISEhIQ==" .. '"}'

local non2xx = 0
response = function(status, headers, body)
  if status ~= 200 then
    non2xx = non2xx + 1
    if non2xx == 1 then io.stderr:write("first non-200: " .. status .. " " .. body .. "\n") end
  end
end

done = function(summary, latency, requests)
  io.write(string.format("JSON {\"requests\":%d,\"seconds\":%.3f,\"rps\":%.1f,\"p50_ms\":%.3f,\"p90_ms\":%.3f,"
    .. "\"p99_ms\":%.3f,\"max_ms\":%.3f,\"errors\":%d}\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
      + summary.errors.status))
end
