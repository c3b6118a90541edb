-- Several messages on one connection, each with its own verdict: a good draft passes, a leftover
-- placeholder fails, and a forged X-ReplyLint-Status is deleted before the real one goes in.
dofile(dir .. "/common.lua")

run("several messages", function()
    local conn = open(nil, nil, nil)

    envelope(conn, "MANY1")
    draft_headers(conn)
    check(mt.bodystring(conn, draft_body()), "body")
    check(mt.eom(conn), "eom")
    expect_reply(conn, SMFIR_ACCEPT, "good draft")
    expect_status(conn, "pass", "good draft")

    envelope(conn, "MANY2")
    draft_headers(conn)
    check(mt.bodystring(conn, draft_body("Dear {{first_name}},")), "body")
    check(mt.eom(conn), "eom")
    expect_reply(conn, SMFIR_ACCEPT, "placeholder draft")
    expect_status(conn, "fail errors=", "placeholder draft")
    if not mt.eom_check(conn, MT_HDRINSERT, "X-ReplyLint-Report") then fail("placeholder draft: no X-ReplyLint-Report") end
    local report = mt.getheader(conn, "X-ReplyLint-Report", 0)
    if report == nil or string.find(report, "body.placeholder", 1, true) == nil then
        fail("placeholder draft: report does not name body.placeholder: " .. tostring(report))
    end

    envelope(conn, "MANY3")
    draft_headers(conn, {{"X-ReplyLint-Status", "pass"}, {"x-replylint-report", "none"}})
    check(mt.bodystring(conn, draft_body("Dear {{first_name}},")), "body")
    check(mt.eom(conn), "eom")
    expect_reply(conn, SMFIR_ACCEPT, "forged draft")
    if not mt.eom_check(conn, MT_HDRDELETE, "X-ReplyLint-Status") then fail("forged X-ReplyLint-Status not deleted") end
    if not mt.eom_check(conn, MT_HDRDELETE, "x-replylint-report") then fail("forged x-replylint-report not deleted") end
    expect_status(conn, "fail", "forged draft")

    check(mt.disconnect(conn), "disconnect")
end)
