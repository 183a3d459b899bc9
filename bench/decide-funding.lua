-- wrk script: POST the README's sample funding application to the decision service, as user "client".
-- Usage: ADJUDICATOR_LOCAL_PASSWORD=... wrk -t2 -c16 -d30s --latency -s bench/decide-funding.lua http://127.0.0.1:8080
local f = assert(io.open("test-data/funding/eligible-guangdong-wfoe.json", "r"))
local body = f:read("*a")
f:close()
local password = os.getenv("ADJUDICATOR_LOCAL_PASSWORD") or "pw"
local function base64(s)
  local b = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  return ((s:gsub('.', function(x)
    local r, byte = '', x:byte()
    for i = 8, 1, -1 do r = r .. (byte % 2 ^ i - byte % 2 ^ (i - 1) > 0 and '1' or '0') end
    return r
  end) .. '0000'):gsub('%d%d?%d?%d?%d?%d?', function(x)
    if #x < 6 then return '' end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == '1' and 2 ^ (6 - i) or 0) end
    return b:sub(c + 1, c + 1)
  end) .. ({ '', '==', '=' })[#s % 3 + 1])
end
wrk.method = "POST"
wrk.path = "/api/v1/funding/decisions"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic " .. base64("client:" .. password)

-- no response() callback: wrk then hands every response to Lua, which costs the load generator CPU
-- that the service shares on 2 cores; wrk reports "Non-2xx or 3xx responses" by itself
