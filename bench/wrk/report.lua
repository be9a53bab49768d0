-- Prints one machine-readable line at the end: requests/s, p50 and p99 in ms, the count of answers that were not
-- 2xx or 3xx, and of requests that got no answer in time (wrk --timeout) or failed on the socket.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH %.1f %.2f %.2f %d %d\n", summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, failed))
end
