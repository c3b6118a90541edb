-- A body past --max-size (the test starts the milter with --max-size 4000): the milter answers
-- SKIP once it is over, and the message is accepted (fail-open) with an error status.
dofile(dir .. "/common.lua")

run("oversized body", function()
    local conn = open(nil, nil, nil)
    envelope(conn, "BIG1")
    draft_headers(conn)
    check(mt.bodystring(conn, draft_body()), "first chunk")
    expect_reply(conn, SMFIR_CONTINUE, "first chunk, under the limit")
    local line = string.rep("All work and no play makes a long body. ", 2) .. "\r\n"
    check(mt.bodystring(conn, string.rep(line, 40)), "second chunk")
    expect_reply(conn, SMFIR_SKIP, "chunk over the limit")
    check(mt.eom(conn), "eom")
    expect_reply(conn, SMFIR_ACCEPT, "oversized message")
    expect_status(conn, "error", "oversized message")

    -- The connection goes on: a small message after it is checked as usual.
    envelope(conn, "BIG2")
    draft_headers(conn)
    check(mt.bodystring(conn, draft_body()), "body")
    check(mt.eom(conn), "eom")
    expect_reply(conn, SMFIR_ACCEPT, "message after the oversized one")
    expect_status(conn, "pass", "message after the oversized one")
    check(mt.disconnect(conn), "disconnect")
end)
