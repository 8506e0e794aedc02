-- The deputy app's poll with a current ETag: every answer should be 304.
local token = os.getenv("BENCH_TOKEN")
local etag = os.getenv("BENCH_ETAG")
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["If-None-Match"] = etag
