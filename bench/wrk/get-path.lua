-- GET of a fixed path with the bench token.
request = function()
  return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") })
end
