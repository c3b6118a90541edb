"""End-to-end test of `replylint mcp` with the official Python MCP client.

Usage: mcp-client-test.py BINARY ROOT. Spawns `BINARY mcp --templates Fixtures/templates` in
ROOT, initializes, lists the tools, calls each with good and bad arguments, holds every
structured result to the tool's declared output schema and to docs/schemas/, compares it with
what the same command prints on the command line, sends 200 calls at once in one session, and
checks that answers already asked for are delivered when standard input closes. Prints one line
per failed check and `N passed, N failed`; exits 1 when any failed.
"""
import asyncio
import json
import pathlib
import subprocess
import sys

import jsonschema
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

BINARY, ROOT = sys.argv[1], pathlib.Path(sys.argv[2])
NOW = "2026-11-16T10:12:00+00:00"
TOOLS = {"lint_draft", "fix_draft", "compose_reply", "list_templates", "list_rules", "explain_rule"}
REPORT_SCHEMA = json.loads((ROOT / "docs/schemas/replylint-report-1.json").read_text(encoding="utf-8"))
COMPOSE_VALUES = {"customer_first_name": "Sarah", "customer_last_name": "Carter", "customer_email": "sarah@example.com",
                  "agent_name": "Jo Baker", "agent_email": "jo@shop.example", "order_id": "A-10482",
                  "amount": "64.90 GBP", "refund_date": "2026-11-19"}
passed, failures = 0, []


def check(condition, what):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(what)
    return condition


def cli(*arguments):
    """The same work on the command line: (exit code, stdout, stderr)."""
    run = subprocess.run([BINARY, *arguments], cwd=ROOT, capture_output=True, text=True, env={"NO_COLOR": "1", **__import__("os").environ})
    return run.returncode, run.stdout, run.stderr


def published(defname, instance):
    """Violations of the published report schema's definition `defname`."""
    schema = {**REPORT_SCHEMA, "$ref": f"#/$defs/{defname}"}
    schema.pop("oneOf")
    return [e.message[:200] for e in jsonschema.Draft202012Validator(schema).iter_errors(instance)]


def text(result):
    return "\n".join(part.text for part in result.content if part.type == "text")


def refused(result, *words):
    """An isError result whose one line names each of `words`."""
    message = text(result)
    return result.is_error and "\n" not in message and all(word in message for word in words), message


async def expect_error(session, tool, arguments, *words):
    result = await session.call_tool(tool, arguments)
    ok, message = refused(result, *words)
    check(ok, f"{tool} {json.dumps(arguments)[:120]}: expected a one-line error naming {words}, got {result.is_error=} {message[:200]!r}")


def draft_file(name):
    return (ROOT / "Fixtures/drafts" / name).read_text(encoding="utf-8")


async def tool_listing(session, schemas):
    listed = (await session.list_tools()).tools
    check({tool.name for tool in listed} == TOOLS, f"tools/list gives {sorted(t.name for t in listed)}")
    for tool in listed:
        for kind, schema in (("input", tool.input_schema), ("output", tool.output_schema)):
            try:
                jsonschema.Draft202012Validator.check_schema(schema)
                check(schema.get("type") == "object", f"{tool.name}: {kind} schema is not of type object")
            except jsonschema.SchemaError as error:
                check(False, f"{tool.name}: {kind} schema is not JSON Schema: {error.message}")
        schemas[tool.name] = tool.output_schema


def conforms(schemas, tool, structured):
    errors = [e.message[:200] for e in jsonschema.Draft202012Validator(schemas[tool]).iter_errors(structured)]
    return check(not errors, f"{tool}: structured result breaks its output schema: {errors[:3]}")


async def lint_tools(session, schemas):
    name = "Fixtures/drafts/en-needs-work.eml"
    result = await session.call_tool("lint_draft", {"draft": draft_file("en-needs-work.eml"), "name": name})
    check(not result.is_error, f"lint_draft of a draft with errors is a result, not an error: {text(result)[:200]}")
    conforms(schemas, "lint_draft", result.structured_content)
    check(not published("checkReport", result.structured_content), "lint_draft: breaks docs/schemas checkReport")
    status, stdout, _ = cli("check", "--format", "json", name)
    check(status == 1 and result.structured_content == json.loads(stdout), "lint_draft differs from `check --format json`")
    check(text(result).startswith(f"{name} (en): 2 errors, 7 warnings"), f"lint_draft summary: {text(result)[:120]!r}")

    good = await session.call_tool("lint_draft", {"draft": draft_file("el-refund-good.eml")})
    report = good.structured_content
    check(report["files"][0]["path"] == "draft.eml" and report["summary"]["errors"] == 0 and report["files"][0]["locale"] == "el",
          f"lint_draft of a good Greek draft: {json.dumps(report)[:300]}")

    fields = {"subject": "URGENT: your refund", "body": "Hi Sarah,\n\nThanks for writing. Your refund of 64.90 GBP went out today and reaches you by Friday.\n\nBest regards,\nJo Baker\n",
              "to": ["Sarah Carter <sarah@example.com>"], "from": "Jo Baker <jo@shop.example>", "date": "2026-11-16T10:12:00+00:00"}
    by_fields = await session.call_tool("lint_draft", fields)
    conforms(schemas, "lint_draft", by_fields.structured_content)
    found = [(d["rule"], d["excerpt"]) for d in by_fields.structured_content["files"][0]["diagnostics"]]
    check(("subject.all-caps", "URGENT") in found, f"lint_draft by fields misses the shouting subject: {found}")
    off = await session.call_tool("lint_draft", {**fields, "disable": ["subject.all-caps"], "locale": "en-GB"})
    check("subject.all-caps" not in [d["rule"] for d in off.structured_content["files"][0]["diagnostics"]], "disable did not turn the rule off")
    check(off.structured_content["files"][0]["locale"] == "en", "locale en-GB is not checked as English")

    await expect_error(session, "lint_draft", {}, "'draft'", "'body'")
    await expect_error(session, "lint_draft", {"draft": "x", "subject": "y"}, "'subject'", "'draft'")
    await expect_error(session, "lint_draft", {"body": "Hello", "subject": 3}, "'subject'", "string")
    await expect_error(session, "lint_draft", {"body": "Hello", "to": "not an address"}, "to", "not an address")
    await expect_error(session, "lint_draft", {"body": "Hello", "colour": "red"}, "'colour'", "lint_draft")
    await expect_error(session, "lint_draft", {"body": "Hello", "disable": ["subject.nope"]}, "subject.nope")
    await expect_error(session, "lint_draft", {"body": "Hello", "now": "yesterday"}, "'now'", "yesterday")
    await expect_error(session, "lint_draft", {"body": "Hello", "locale": "xx"}, "'xx'")
    await expect_error(session, "lint_draft", {"body": "Hello", "recipient_tz": "Mars/Olympus"}, "Mars/Olympus")
    await expect_error(session, "lint_draft", {"draft": ""}, "empty")
    limit = 50 * 1024 * 1024
    await expect_error(session, "lint_draft", {"draft": "Subject: big\n\n" + "a" * limit}, "limit")
    await expect_error(session, "lint_draft", {"body": "a" * (limit + 1)}, "body", "limit")

    fixed = await session.call_tool("fix_draft", {"draft": draft_file("en-needs-work.eml"), "name": name})
    conforms(schemas, "fix_draft", fixed.structured_content)
    check(not published("checkReport", fixed.structured_content["report"]), "fix_draft: report breaks docs/schemas checkReport")
    status, stdout, stderr = cli("check", "--fix", "--format", "json", name)
    check(fixed.structured_content["draft"] == stdout, "fix_draft's draft differs from `check --fix`'s")
    check(fixed.structured_content["report"] == json.loads(stderr), "fix_draft's report differs from `check --fix --format json`")
    check(fixed.structured_content["changed"] and "Subject: Urgent: Your refund request!\n" in fixed.structured_content["draft"],
          "fix_draft did not fix the subject")
    await expect_error(session, "fix_draft", {"strict": True, "body": "x"}, "'strict'")


async def compose_tools(session, schemas):
    arguments = {"template": "refund-issued", "values": COMPOSE_VALUES, "now": NOW}
    result = await session.call_tool("compose_reply", arguments)
    check(not result.is_error, f"compose_reply failed: {text(result)[:300]}")
    conforms(schemas, "compose_reply", result.structured_content)
    check(not published("composition", result.structured_content), "compose_reply: breaks docs/schemas composition")
    sets = [part for name, value in sorted(COMPOSE_VALUES.items()) for part in ("--set", f"{name}={value}")]
    status, stdout, _ = cli("compose", "refund-issued", "--templates", "Fixtures/templates", "--format", "json", "--now", NOW, *sets)
    expected, got = json.loads(stdout), dict(result.structured_content)
    for composed in (expected, got):  # a new Message-ID every time
        composed["headers"].pop("Message-ID")
        composed.pop("message")
    check(status == 0 and got == expected, f"compose_reply differs from `compose --format json`: {got} != {expected}")
    check("Dear Sarah," in result.structured_content["body"], "compose_reply: the greeting is not filled")
    await expect_error(session, "compose_reply", {"template": "refund-issued", "values": {"customer_first_name": "Sarah"}},
                       "order_id", "amount")
    await expect_error(session, "compose_reply", {"template": "no-such"}, "no-such")
    await expect_error(session, "compose_reply", {"values": {}}, "'template'")
    await expect_error(session, "compose_reply", {"template": "refund-issued", "values": ["a"]}, "'values'", "object")
    await expect_error(session, "compose_reply", {"template": "refund-issued", "values": {**COMPOSE_VALUES, "customer_name": "Eve\r\nBcc: x@y.z"}},
                       "line break")

    templates = await session.call_tool("list_templates", {})
    conforms(schemas, "list_templates", templates.structured_content)
    check(templates.structured_content == json.loads(cli("templates", "list", "--format", "json", "Fixtures/templates")[1]),
          "list_templates differs from `templates list --format json`")

    rules = await session.call_tool("list_rules", {})
    conforms(schemas, "list_rules", rules.structured_content)
    check(rules.structured_content == {"rules": json.loads(cli("rules", "--format", "json")[1])}, "list_rules differs from `rules --format json`")
    explained = await session.call_tool("explain_rule", {"rule": "subject.length"})
    conforms(schemas, "explain_rule", explained.structured_content)
    check(explained.structured_content["explanation"] == cli("explain", "subject.length")[1], "explain_rule differs from `explain`")
    await expect_error(session, "explain_rule", {"rule": "subject.nope"}, "subject.nope")
    await expect_error(session, "explain_rule", {}, "'rule'")
    await expect_error(session, "no_such_tool", {}, "no_such_tool", "lint_draft")


async def many_at_once(session):
    """200 calls in flight together, each answered with its own draft's report."""
    names = sorted(p.name for p in (ROOT / "Fixtures/drafts").glob("*.eml"))
    _, stdout, _ = cli("check", "--format", "json", "--now", NOW, *(f"Fixtures/drafts/{n}" for n in names))
    expected = {}
    for name, file in zip(names, json.loads(stdout)["files"]):
        severities = [d["severity"] for d in file["diagnostics"]]
        summary = {"files": 1, **{f"{s}s": severities.count(s) for s in ("error", "warning", "info")}}
        expected[name] = {"files": [file], "summary": summary, "version": 1}
    chosen = [names[i % len(names)] for i in range(200)]
    results = await asyncio.gather(*(session.call_tool("lint_draft", {"draft": draft_file(n), "name": f"Fixtures/drafts/{n}", "now": NOW})
                                     for n in chosen))
    wrong = [n for n, r in zip(chosen, results) if r.is_error or r.structured_content != expected[n]]
    check(not wrong, f"{len(wrong)} of 200 concurrent calls answered wrongly, e.g. {wrong[:3]}")


def answers_after_stdin_closes():
    """Requests written and stdin closed at once: every one is answered, then exit 0."""
    requests = [{"jsonrpc": "2.0", "id": 0, "method": "initialize",
                 "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}},
                {"jsonrpc": "2.0", "method": "notifications/initialized"}]
    requests += [{"jsonrpc": "2.0", "id": i, "method": "tools/call",
                  "params": {"name": "lint_draft", "arguments": {"draft": draft_file("en-refund-good.eml")}}} for i in range(1, 31)]
    run = subprocess.run([BINARY, "mcp"], cwd=ROOT, input="".join(json.dumps(r) + "\n" for r in requests),
                         capture_output=True, text=True, timeout=300)
    lines = run.stdout.splitlines()
    answered = sorted(json.loads(line)["id"] for line in lines)
    check(run.returncode == 0, f"mcp exited {run.returncode} when stdin closed: {run.stderr[-300:]}")
    check(answered == list(range(31)), f"after stdin closed, answered ids {answered}")
    check(all(json.loads(line).get("jsonrpc") == "2.0" for line in lines), "standard output carries something besides JSON-RPC")


def timed(what, started=[None]):
    """Progress on standard error, so a slow part shows."""
    now = __import__("time").monotonic()
    if started[0] is not None:
        print(f"  {what}: {now - started[0]:.1f} s", file=sys.stderr)
    started[0] = now


async def main():
    params = StdioServerParameters(command=BINARY, args=["mcp", "--templates", "Fixtures/templates"], cwd=str(ROOT))
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            timed("start")
            initialized = await session.initialize()
            check(initialized.server_info.name == "replylint", f"serverInfo {initialized.server_info}")
            schemas = {}
            await tool_listing(session, schemas)
            timed("initialize and tools/list")
            await lint_tools(session, schemas)
            timed("lint_draft and fix_draft")
            await compose_tools(session, schemas)
            timed("compose_reply, list_templates, list_rules, explain_rule")
            await many_at_once(session)
            timed("200 calls at once")
    answers_after_stdin_closes()
    timed("answers after standard input closes")


asyncio.run(main())
for failure in failures:
    print(f"FAIL: {failure}")
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
