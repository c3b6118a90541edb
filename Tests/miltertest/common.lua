-- Shared by the miltertest scripts: connect to the milter the test started (-D socket=...),
-- send a message's header fields and body, and fail loudly with what went wrong.
function fail(what)
    error("FAILED: " .. what)
end

function check(result, what)
    if result ~= nil then fail(what .. ": " .. result) end
end

function open(offer_version, offer_actions, offer_steps)
    if socket == nil then fail("run with -D socket=inet:PORT@127.0.0.1") end
    local conn = mt.connect(socket, 40, 0.25)
    if conn == nil then fail("cannot connect to " .. socket) end
    check(mt.negotiate(conn, offer_version, offer_actions, offer_steps), "negotiate")
    return conn
end

-- The envelope and macros of one message; {i} is the queue id the milter logs.
-- MAIL and RCPT go out only when the milter did not ask to be spared them (miltertest refuses
-- to send a step the milter negotiated away); the macros go out regardless, as Postfix's do.
function envelope(conn, queue_id)
    check(mt.macro(conn, SMFIC_MAIL, "i", queue_id), "macro i")
    if not mt.test_option(conn, SMFIP_NOMAIL) then check(mt.mailfrom(conn, "<support@brightcart.example>"), "mail from") end
    if not mt.test_option(conn, SMFIP_NORCPT) then check(mt.rcptto(conn, "<sarah.carter@example.com>"), "rcpt to") end
end

-- Runs a script's body; miltertest drops the message of an uncaught error, so it is printed here.
function run(name, body)
    local ok, problem = pcall(body)
    if not ok then
        mt.echo(name .. ": " .. tostring(problem))
        os.exit(1)
    end
    mt.echo(name .. ": ok")
end

-- A reply that follows the guidelines, as a mail client sends it; `greeting` replaces its first line.
function draft_headers(conn, extra)
    local fields = {
        {"From", "Daniel Reed <daniel.reed@brightcart.example>"},
        {"To", "Sarah Carter <sarah.carter@example.com>"},
        {"Subject", "Your refund for order A-10482"},
        {"Date", "Mon, 16 Nov 2026 10:12:00 +0000"},
        {"MIME-Version", "1.0"},
        {"Content-Type", "text/plain; charset=utf-8"},
        {"Content-Transfer-Encoding", "8bit"},
        {"Content-Language", "en"},
    }
    for _, field in ipairs(extra or {}) do table.insert(fields, field) end
    for _, field in ipairs(fields) do
        check(mt.header(conn, field[1], field[2]), "header " .. field[1])
    end
    if not mt.test_option(conn, SMFIP_NOEOH) then check(mt.eoh(conn), "eoh") end
end

function draft_body(greeting)
    return (greeting or "Dear Ms Carter,") .. "\r\n\r\n" ..
        "Thank you for writing to us about the refund for order A-10482, and for your\r\n" ..
        "patience while we looked into it.\r\n\r\n" ..
        "I'm sorry that your refund of £64.90 has taken longer than the five working\r\n" ..
        "days we promised. Our payment provider held the transfer for an extra check,\r\n" ..
        "and we did not let you know. That was our mistake.\r\n\r\n" ..
        "I released the refund this morning. It will reach the card ending 4417\r\n" ..
        "within three working days, by Thursday 19 November at the latest. I will\r\n" ..
        "email you as soon as the bank confirms the transfer.\r\n\r\n" ..
        "If there is anything else I can do for you about this order, just reply to\r\n" ..
        "this email and I will be glad to help.\r\n\r\n" ..
        "Kind regards,\r\n" ..
        "Daniel Reed\r\n" ..
        "Customer Support Specialist, BrightCart\r\n" ..
        "+44 20 7946 0321\r\n" ..
        "https://help.brightcart.example\r\n\r\n" ..
        "On Sun, 15 Nov 2026 at 18:40, Sarah Carter <sarah.carter@example.com> wrote:\r\n" ..
        "> Hello,\r\n" ..
        ">\r\n" ..
        "> I returned the blue rain jacket from order A-10482 on 2 November, and\r\n" ..
        "> your email said the refund would take five working days. It has been\r\n" ..
        "> almost two weeks and I still have nothing. Can you tell me what is\r\n" ..
        "> going on?\r\n" ..
        ">\r\n" ..
        "> Sarah Carter\r\n"
end

function expect_reply(conn, wanted, what)
    local got = mt.getreply(conn)
    if got ~= wanted then
        fail(what .. ": reply '" .. string.char(got) .. "', expected '" .. string.char(wanted) .. "'")
    end
end

-- The Status field inserted at the top, with its value starting as `prefix`.
function expect_status(conn, prefix, what)
    if not mt.eom_check(conn, MT_HDRINSERT, "X-ReplyLint-Status") then
        fail(what .. ": no X-ReplyLint-Status inserted")
    end
    local value = mt.getheader(conn, "X-ReplyLint-Status", 0)
    if value == nil then fail(what .. ": X-ReplyLint-Status has no value") end
    value = string.gsub(value, "^ ", "")
    if string.sub(value, 1, #prefix) ~= prefix then
        fail(what .. ": X-ReplyLint-Status is '" .. value .. "', expected '" .. prefix .. "...'")
    end
end
