-- POST /api/v1/datasets with a name no other request of the run uses (each wrk thread has its own prefix).
local counter = 0
local prefix
setup = function(thread)
  thread:set("prefix", "w" .. tostring(math.random(1, 1e9)) .. "_" .. tostring(os.time()))
end
init = function()
  prefix = wrk.thread:get("prefix") or ("w" .. tostring(math.random(1, 1e9)))
end
request = function()
  counter = counter + 1
  local body = '{"name":"' .. prefix .. '_' .. counter .. '","encoder_name":"multimodal",'
      .. '"metadata_fields_to_index":["sku","brand"],"description":"a dataset made by the benchmark"}'
  return wrk.format("POST", "/api/v1/datasets", {
    ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"), ["Content-Type"] = "application/json" }, body)
end
