-- wrk script: AWS KMS Encrypt over the JSON 1.1 wire protocol, spread over many sandboxes, as a class's learners
-- would spread it. SANDBOXES (from bench/cluster.sh) is "ACCESS_KEY_ID:KEY_ID,..." of sandboxes issued by the
-- server; local mode picks the sandbox by the access key id and checks no signature, so wrk spends nothing on signing.
local pairs_text = os.getenv("SANDBOXES") or error("SANDBOXES is not set")
local targets = {}
for access, key in string.gmatch(pairs_text, "([^:,]+):([^,]+)") do
  targets[#targets + 1] = { access = access, key = key }
end
local plaintext = "S01TIExhYiBiZW5jaG1hcmsgcGxhaW50ZXh0IG9mIHNpeHR5LWZvdXIgYnl0ZXMsIGZvciBFbmNyeXB0ISEhIQ=="
local n = 0

request = function()
  n = n + 1
  local t = targets[(n % #targets) + 1]
  return wrk.format("POST", "/", {
    ["Content-Type"] = "application/x-amz-json-1.1",
    ["X-Amz-Target"] = "TrentService.Encrypt",
    ["X-Amz-Date"] = "20260101T000000Z",
    ["Authorization"] = "AWS4-HMAC-SHA256 Credential=" .. t.access .. "/20260101/us-east-1/kms/aws4_request, "
      .. "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" .. string.rep("0", 64),
  }, '{"KeyId":"' .. t.key .. '","Plaintext":"' .. plaintext .. '"}')
end

done = function(summary, latency, requests)
  io.write(string.format("JSON {\"requests\":%d,\"seconds\":%.3f,\"rps\":%.1f,\"p50_ms\":%.3f,\"p99_ms\":%.3f,"
    .. "\"errors\":%d}\n", summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
      + summary.errors.status))
end
