-- wrk script: POST new opportunities with a bearer token from RELATA_TOKEN.
-- Customer ids are drawn from 1..RELATA_CUSTOMERS (the generator makes 10,000).
local token = os.getenv("RELATA_TOKEN")
local customers = tonumber(os.getenv("RELATA_CUSTOMERS") or "10000")
local counter = 0

request = function()
  counter = counter + 1
  local body = string.format(
    '{"name":"wrk %d","customer":%d,"amount":%d,"stage":"prospecting"}',
    counter, math.random(1, customers), math.random(0, 999999))
  return wrk.format("POST", "/api/v1/records/opportunity", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token
  }, body)
end
