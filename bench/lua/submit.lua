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

-- A fixed rate: BENCH_RATE submissions a second in all (BENCH_THREADS, default 2, as wrk -t2 shares it), each
-- request taking the next free slot of its thread's schedule, so a slow answer does not slow the senders (as wrk2
-- does, but without its correction for coordinated omission: wrk times each request from its own send). Falling more
-- than a second behind (the service cannot keep up) drops the missed slots instead of sending them in a burst.
-- BENCH_DELAY_MS instead: each connection waits that long after each answer.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } liaison_timespec;
  int clock_gettime(int clock, liaison_timespec *now);
]]
local clock = ffi.new("liaison_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end
local rate = tonumber(os.getenv("BENCH_RATE") or "0")
local interval = rate > 0 and 1000 * tonumber(os.getenv("BENCH_THREADS") or "2") / rate or 0
local next_slot = nil

function delay()
  if interval == 0 then
    return pace
  end
  local now = now_ms()
  if next_slot == nil or next_slot < now - 1000 then
    next_slot = now
  end
  local wait = next_slot - now
  next_slot = next_slot + interval
  return wait > 0 and math.floor(wait) or 0
end

local failures = 0
function response(status, headers, body)
  if status ~= 201 then failures = failures + 1 end
end

function done(summary, latency, requests)
  io.stderr:write(string.format("non-201 answers: %d of %d\n", summary.errors.status, summary.requests))
end
