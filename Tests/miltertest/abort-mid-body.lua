-- ABORT in the middle of a body drops that message; the next one on the same connection is
-- checked on its own, with nothing of the first.
dofile(dir .. "/common.lua")

run("abort mid body", function()
    local conn = open(nil, nil, nil)
    envelope(conn, "ABORT1")
    draft_headers(conn, {{"X-Abandoned", "yes"}})
    check(mt.bodystring(conn, "Dear {{first_name}},\r\n\r\nThis half of a message never ends"), "half a body")
    check(mt.abort(conn), "abort")

    envelope(conn, "ABORT2")
    draft_headers(conn)
    check(mt.bodystring(conn, draft_body()), "body")
    check(mt.eom(conn), "eom")
    expect_reply(conn, SMFIR_ACCEPT, "message after abort")
    -- The placeholder of the aborted body would make it fail.
    expect_status(conn, "pass", "message after abort")
    check(mt.disconnect(conn), "disconnect")
end)
