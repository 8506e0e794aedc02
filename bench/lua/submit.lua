-- POST a new submission per request, each with its own Idempotency-Key, to one of the venue codes in
-- bench/.work/codes.txt (one per line), chosen round-robin per thread.
local codes = {}
for line in io.lines(os.getenv("BENCH_CODES") or "bench/.work/codes.txt") do codes[#codes + 1] = line end
local counter, thread_id = 0, 0
local category = os.getenv("BENCH_CATEGORY")
local pace = tonumber(os.getenv("BENCH_DELAY_MS") or "0")

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

function init(args)
  math.randomseed(os.time() + (tid or 0))
end

function request()
  counter = counter + 1
  local code = codes[(counter + (tid or 0) * 7919) % #codes + 1]
  local key = string.format("bench-%d-%d-%d-%08x", tid or 0, os.time(), counter, math.random(0, 0x7fffffff))
  local body = string.format('{"categoryCode":"%s","text":"压测留言 %d：小区路灯不亮，请尽快处理。"}', category, counter)
  return wrk.format("POST", "/api/public/venues/" .. code .. "/submissions",
    {["Content-Type"] = "application/json", ["Idempotency-Key"] = key}, body)
end

-- A fixed rate (wrk2-style, without its correction for coordinated omission): each connection waits this long.
function delay()
  return pace
end

local failures = 0
function response(status, headers, body)
  if status ~= 201 then failures = failures + 1 end
end

function done(summary, latency, requests)
  io.stderr:write(string.format("non-201 answers: %d of %d\n", summary.errors.status, summary.requests))
end
