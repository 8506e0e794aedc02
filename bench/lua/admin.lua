-- Any GET with the administrator's token (the cached QR PNG).
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
