-- GET /api/v1/datasets/{id} over the seeded datasets of the bench organization, a different one each time.
local n = tonumber(os.getenv("BENCH_ORG_DATASETS") or "100000")
request = function()
  local id = string.format("00000000-0000-4000-8000-%012d", math.random(1, n))
  return wrk.format("GET", "/api/v1/datasets/" .. id, { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") })
end
