-- Option negotiation: replylint asks for header changes only, and for the MTA to leave out
-- every step it does not need; offered a version 2 MTA's smaller set, it asks for less.
dofile(dir .. "/common.lua")

run("negotiation", function()
    local conn = open(nil, nil, nil)
    for _, action in ipairs({SMFIF_ADDHDRS, SMFIF_CHGHDRS}) do
        if not mt.test_action(conn, action) then fail("action " .. action .. " not requested") end
    end
    for _, action in ipairs({SMFIF_CHGBODY, SMFIF_ADDRCPT, SMFIF_DELRCPT, SMFIF_QUARANTINE, SMFIF_CHGFROM}) do
        if mt.test_action(conn, action) then fail("action " .. action .. " requested but never used") end
    end
    for _, step in ipairs({SMFIP_NOCONNECT, SMFIP_NOHELO, SMFIP_NOMAIL, SMFIP_NORCPT, SMFIP_NODATA,
                           SMFIP_NOUNKNOWN, SMFIP_NOEOH, SMFIP_NR_HDR, SMFIP_SKIP}) do
        if not mt.test_option(conn, step) then fail("step " .. step .. " not asked to be left out") end
    end
    for _, step in ipairs({SMFIP_NOHDRS, SMFIP_NOBODY}) do
        if mt.test_option(conn, step) then fail("step " .. step .. " left out, but replylint needs it") end
    end

    -- Then one message, end to end.
    envelope(conn, "NEG1")
    draft_headers(conn)
    check(mt.bodystring(conn, draft_body()), "body")
    check(mt.eom(conn), "eom")
    expect_reply(conn, SMFIR_ACCEPT, "good draft")
    expect_status(conn, "pass", "good draft")
    check(mt.disconnect(conn), "disconnect")

    -- An MTA of protocol version 2 offers no SKIP and no reply-less steps: nothing outside the offer is asked for.
    local old = open(2, SMFIF_ADDHDRS + SMFIF_CHGHDRS, SMFIP_NOCONNECT + SMFIP_NOHELO + SMFIP_NOMAIL + SMFIP_NORCPT + SMFIP_NOBODY + SMFIP_NOHDRS + SMFIP_NOEOH)
    if mt.test_option(old, SMFIP_SKIP) or mt.test_option(old, SMFIP_NR_HDR) then fail("asked a version 2 MTA for steps it did not offer") end
    if not mt.test_option(old, SMFIP_NOCONNECT) then fail("NOCONNECT not asked of a version 2 MTA") end
    check(mt.disconnect(old), "disconnect")
end)
