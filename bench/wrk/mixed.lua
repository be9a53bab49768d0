-- A mixed load over the datasets listed in $BENCH_IDS_FILE (one id a line): of every 20 requests, 10 get a dataset
-- by id, 4 list a page of 10, 2 list filtered by a name prefix, 3 create a dataset, 1 lists the encoders.
local ids = {}
local prefix
local counter = 0
setup = function(thread)
  thread:set("prefix", "m" .. tostring(math.random(1, 1e9)) .. "_" .. tostring(os.time()))
end
init = function()
  prefix = wrk.thread:get("prefix") or ("m" .. tostring(math.random(1, 1e9)))
  for line in io.lines(os.getenv("BENCH_IDS_FILE")) do ids[#ids + 1] = line end
end
request = function()
  counter = counter + 1
  local auth = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") }
  local slot = counter % 20
  if slot < 10 then
    return wrk.format("GET", "/api/v1/datasets/" .. ids[math.random(1, #ids)], auth)
  elseif slot < 14 then
    return wrk.format("GET", "/api/v1/datasets?limit=10&skip=" .. math.random(0, 100), auth)
  elseif slot < 16 then
    return wrk.format("GET", "/api/v1/datasets?limit=10&name_pattern=seed_" .. math.random(1, 9) .. "*", auth)
  elseif slot < 19 then
    auth["Content-Type"] = "application/json"
    return wrk.format("POST", "/api/v1/datasets", auth, '{"name":"' .. prefix .. '_' .. counter
        .. '","encoder_name":"multimodal","metadata_fields_to_index":["sku","brand"],"description":"mixed load"}')
  end
  return wrk.format("GET", "/api/v1/encoders", auth)
end
