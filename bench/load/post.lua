-- wrk script: POST one JSON body to one path, with an optional think time per client.
-- Usage: wrk ... -s bench/load/post.lua -- PATH BODY_FILE [THINK_MS] [ADDRESSES]
-- ADDRESSES > 0: each request comes from one of that many client addresses, as a reverse
-- proxy would say in X-Forwarded-For (the server then runs with DJANGO_PROXY_COUNT=1).
local path, body, think, addresses

function init(args)
  path = args[1]
  local file = assert(io.open(args[2], "rb"))
  body = file:read("*a")
  file:close()
  think = tonumber(args[3] or "0")
  addresses = tonumber(args[4] or "0")
end

function request()
  local headers = {
    ["Content-Type"] = "application/json",
    ["Accept-Language"] = "en",
  }
  if addresses > 0 then
    headers["X-Forwarded-For"] = "10.0.0." .. math.random(1, addresses)
  end
  return wrk.format("POST", path, headers, body)
end

function delay()
  return think
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f "
      .. "errors=%d (connect %d, read %d, write %d, timeout %d, non-2xx %d)\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout + e.status,
    e.connect, e.read, e.write, e.timeout, e.status))
end
