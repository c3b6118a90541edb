import Foundation
import Testing
@testable import ReplyLint

/// The machine formats: whole output pinned on the same fixtures (Fixtures/expected/formats/),
/// validated against the formats' published schemas, and the escaping and conversions each
/// format needs.
enum Formats {
    static let machine: [ReportFormat] = [.sarif, .github, .rdjson, .codeclimate, .junit, .json]
    /// One draft with every kind of finding (safe fixes, capitals, a quoted-printable-free body),
    /// one good Greek draft (a non-ASCII subject), and the broken template library.
    static let draftArguments = ["Fixtures/drafts/en-needs-work.eml", "Fixtures/drafts/el-refund-good.eml"]

    static func expectedName(_ format: ReportFormat, templates: Bool) -> String {
        "formats/\(templates ? "templates-broken" : "drafts").\(format.rawValue)"
    }

    /// Validates `json` against a schema in docs/schemas/ with Python's jsonschema (the
    /// environment `scripts/python-env` makes); returns the violations.
    static func violations(_ json: String, schema: String) throws -> String {
        let (status, output) = try python([BinaryRunner.root.appendingPathComponent("scripts/validate-json.py").path,
                                           BinaryRunner.root.appendingPathComponent("docs/schemas/\(schema)").path], input: json)
        return status == 0 ? "" : (output.isEmpty ? "exit \(status)" : output)
    }

    /// Runs the environment's Python with `arguments`, `input` on its standard input; its exit
    /// status and what it printed (both streams).
    static func python(_ arguments: [String], input: String) throws -> (Int32, String) {
        let python = BinaryRunner.root.appendingPathComponent(".venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            Issue.record("no .venv/bin/python: run scripts/python-env (scripts/setup does) to validate against the schemas")
            return (-1, "not run")
        }
        let process = Process()
        process.executableURL = python
        process.arguments = arguments
        let stdin = Pipe(), output = Pipe()
        process.standardInput = stdin
        process.standardOutput = output
        process.standardError = output
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}

@Suite struct FormatTests {
    @Test(arguments: Formats.machine)
    func checkOutputMatches(_ format: ReportFormat) throws {
        let result = try BinaryRunner.run(["check", "--format", format.rawValue] + Formats.draftArguments)
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(result.stdout == (try Golden.expected(Formats.expectedName(format, templates: false))))
    }

    @Test(arguments: Formats.machine)
    func templatesCheckOutputMatches(_ format: ReportFormat) throws {
        let result = try BinaryRunner.run(["templates", "check", "--format", format.rawValue, "Fixtures/templates-broken"])
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(result.stdout == (try Golden.expected(Formats.expectedName(format, templates: true))))
    }

    /// Files that cannot be checked are in every machine report (so CI never passes one over
    /// in silence), beside the files that were checked, and the run exits 2.
    @Test(arguments: Formats.machine)
    func uncheckedFilesAreReported(_ format: ReportFormat) throws {
        let result = try BinaryRunner.run(["check", "--format", format.rawValue, "Fixtures/drafts/en-refund-good.eml",
                                           "Fixtures/malformed/empty.eml", "Fixtures/malformed/many-header-fields.eml",
                                           "Fixtures/no-such-draft.eml"])
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(result.stdout == (try Golden.expected("formats/unchecked.\(format.rawValue)")))
        for file in ["empty.eml", "many-header-fields.eml", "no-such-draft.eml"] { #expect(result.stdout.contains(file), "\(file)") }
        if let schema = Self.schemas.first(where: { $0.0 == format })?.1 {
            #expect(try Formats.violations(result.stdout, schema: schema) == "", "\(format)")
        }
    }

    @Test(arguments: Formats.machine)
    func anExportThatCannotBeReadIsReported(_ format: ReportFormat) throws {
        let result = try BinaryRunner.run(["templates", "check", "--format", format.rawValue, "Fixtures/desks/broken/cut-short.json"])
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(result.stdout == (try Golden.expected("formats/templates-unchecked.\(format.rawValue)")))
        #expect(result.stdout.contains("cut short"))
        if let schema = Self.schemas.first(where: { $0.0 == format })?.1 {
            #expect(try Formats.violations(result.stdout, schema: schema) == "", "\(format)")
        }
    }

    static let schemas: [(ReportFormat, String)] = [
        (.sarif, "sarif-schema-2.1.0.json"), (.rdjson, "rdjson/DiagnosticResult.json"), (.json, "replylint-report-1.json"),
    ]

    @Test(arguments: ["Fixtures/drafts", "Fixtures/malformed"])
    func reportsOfWholeFoldersValidate(_ folder: String) throws {
        for (format, schema) in Self.schemas {
            let result = try BinaryRunner.run(["check", "--format", format.rawValue, folder])
            #expect(try Formats.violations(result.stdout, schema: schema) == "", "\(format) of \(folder)")
        }
    }

    @Test func templateReportsValidate() throws {
        for (format, schema) in Self.schemas {
            for folder in ["Fixtures/templates-broken", "Fixtures/templates"] {
                let result = try BinaryRunner.run(["templates", "check", "--format", format.rawValue, folder])
                #expect(try Formats.violations(result.stdout, schema: schema) == "", "\(format) of \(folder)")
            }
        }
    }

    @Test func anEmptyRunIsAValidDocumentInEveryFormat() throws {
        let folder = try TemporaryFolder(["notes.txt": "not a draft"])
        for (format, schema) in Self.schemas {
            let result = try BinaryRunner.run(["check", "--format", format.rawValue, folder.path])
            #expect(result.status == 0)
            #expect(try Formats.violations(result.stdout, schema: schema) == "", "empty \(format)")
        }
        #expect(try BinaryRunner.run(["check", "--format", "junit", folder.path]).stdout.contains("tests=\"0\" failures=\"0\""))
    }

    @Test func showFixAndComposeJSONValidate() throws {
        var documents = try Golden.drafts.prefix(8).map { try BinaryRunner.run(["show", "--format", "json", "Fixtures/drafts/\($0)"]).stdout }
        documents.append(try BinaryRunner.run(["check", "--fix", "--format", "json", "Fixtures/drafts/en-needs-work.eml"]).stderr)
        documents.append(try BinaryRunner.run([
            "compose", "refund-issued", "--templates", "Fixtures/templates", "--format", "json", "--now", "2026-11-16T10:12:00+00:00",
            "--set", "customer_first_name=Sarah", "--set", "customer_last_name=Carter", "--set", "customer_email=sarah@example.com",
            "--set", "order_id=A-10482", "--set", "amount=64.90 GBP", "--set", "refund_date=2026-11-19", "--set", "agent_name=Jo",
            "--set", "agent_email=jo@shop.example",
        ]).stdout)
        for document in documents {
            #expect(try Formats.violations(document, schema: "replylint-report-1.json") == "", "\(document.prefix(200))")
        }
    }

    @Test func theSchemasRejectWhatIsWrong() throws {
        let sarif = try BinaryRunner.run(["check", "--format", "sarif", "Fixtures/drafts/en-needs-work.eml"]).stdout
        #expect(try Formats.violations(sarif.replacingOccurrences(of: "\"level\" : \"warning\"", with: "\"level\" : \"warn\""),
                                       schema: "sarif-schema-2.1.0.json") != "")
        let json = try BinaryRunner.run(["check", "--format", "json", "Fixtures/drafts/en-needs-work.eml"]).stdout
        #expect(try Formats.violations(json.replacingOccurrences(of: "\"severity\" : \"error\"", with: "\"severity\" : \"fatal\""),
                                       schema: "replylint-report-1.json") != "")
    }
}

/// What each format needs beyond its shape.
@Suite struct FormatDetailTests {
    static func report(_ line: String, _ diagnostic: Diagnostic) -> FileReport {
        FileReport(path: "a, b:c%.eml", locale: "el", diagnostics: [diagnostic], sourceLines: ["Subject: x", line])
    }

    static func diagnostic(column: Int, endColumn: Int, message: String = "m", excerpt: String? = nil) -> Diagnostic {
        Diagnostic(rule: "body.all-caps", severity: .warning, message: message, line: 2, column: column, endLine: 2,
                   endColumn: endColumn, excerpt: excerpt, suggestion: nil, note: nil)
    }

    @Test func columnsAreConvertedFromCharactersToEachUnit() {
        // "é" written as e + combining accent is one character, two scalars, three UTF-8 bytes;
        // "😀" is one character, one scalar, two UTF-16 units, four UTF-8 bytes.
        let report = Self.report("e\u{301}😀 ΠΡΟΣΟΧΗ", Self.diagnostic(column: 4, endColumn: 11))
        #expect(report.column(4, line: 2, in: .unicodeScalars) == 5)
        #expect(report.column(4, line: 2, in: .utf16) == 6)
        #expect(report.column(4, line: 2, in: .utf8) == 9)
        #expect(report.column(11, line: 2, in: .utf8) == 9 + 14, "Greek capitals are two bytes each")
        #expect(report.column(1, line: 2, in: .utf8) == 1)
    }

    @Test func githubCommandsEscapeDataAndProperties() {
        let report = Self.report("x", Self.diagnostic(column: 1, endColumn: 2, message: "100% sure,\nline two\r"))
        let line = GitHubActionsReporter().render(report)
        #expect(line == "::warning file=a%2C b%3Ac%25.eml,line=2,col=1,endLine=2,endColumn=2,title=body.all-caps::100% sure,%0Aline two%0D\n"
            .replacingOccurrences(of: "100% sure", with: "100%25 sure"))
    }

    /// An XML parser (Python's expat) reads back every attribute and text exactly, whatever the
    /// message holds, with only what XML 1.0 cannot carry at all replaced by U+FFFD.
    @Test func junitSurvivesAnyMessageText() throws {
        let ascii = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init)))
        let message = ascii + "\u{85}\u{2028}\u{FFFE}\u{FFFF}\u{1FFFE} ]]> <!-- --> e\u{301}😀 &amp; &#0;"
        let report = FileReport(path: "a<b>&\"c' \u{1}.eml", locale: "en", diagnostics: [
            Diagnostic(rule: "body.all-caps", severity: .warning, message: message, line: 2, column: 1, endLine: 2, endColumn: 2,
                       excerpt: nil, suggestion: nil, note: nil),
            Diagnostic(rule: "body.spacing", severity: .info, message: message, line: 3, column: 1, endLine: 3, endColumn: 2,
                       excerpt: nil, suggestion: nil, note: nil),
        ])
        let reporter = JUnitReporter()
        let xml = reporter.document([reporter.render(report)], ReportSummary(.drafts, [report]))
        let script = """
        import json, sys, xml.etree.ElementTree as ET
        case = ET.parse(sys.stdin.buffer).getroot().find("testsuite/testcase")
        failure = case.find("failure")
        print(json.dumps([case.get("name"), failure.get("message"), failure.text, case.find("system-out").text]))
        """
        let (status, output) = try Formats.python(["-c", script], input: xml)
        #expect(status == 0, "\(output)")
        let values = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String])
        let legal = { (text: String) in
            String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
                (scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar)) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                    ? "\u{FFFD}" : scalar
            }))
        }
        let path = legal(report.path)
        #expect(values == [path, legal(message), "\(path):2:1: warning: \(legal(message)) [body.all-caps]",
                           "\(path):3:1: info: \(legal(message)) [body.spacing]"])
    }

    @Test func junitEscapesMarkupAndDropsWhatXMLCannotHold() {
        #expect(JUnitReporter.escape("<a href=\"x\">&\u{1}\u{FFFE}\t</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;\u{FFFD}\u{FFFD}&#9;&lt;/a&gt;")
    }

    @Test func fingerprintsSurviveAnEditElsewhere() throws {
        let linter = try Linter()
        let text = try String(contentsOf: BinaryRunner.root.appendingPathComponent("Fixtures/drafts/en-needs-work.eml"), encoding: .utf8)
        let before = try linter.lint(Array(text.utf8), path: "d.eml")
        let edited = text.replacingOccurrences(of: "\n\n", with: "\n\nWe have checked your order again today.\n\n", options: [], range: text.range(of: "Dear customer,\n\n"))
        let after = try linter.lint(Array(edited.utf8), path: "d.eml")
        let unchanged = Set(before.diagnostics.indices.map { before.diagnostics[$0].rule + before.fingerprints[$0] })
        let kept = after.diagnostics.indices.filter { unchanged.contains(after.diagnostics[$0].rule + after.fingerprints[$0]) }
        #expect(before.diagnostics.count >= 10)
        #expect(kept.count >= before.diagnostics.count - 2, "most findings keep their fingerprint when a line is added above them")
        #expect(Set(before.fingerprints).count == before.fingerprints.count, "fingerprints are unique within a file")
    }

    @Test func pathsInsideTheFolderItRunsInAreMadeRelative() {
        let root = ReportRoot(path: "/ci/work")
        #expect(root.relative("/ci/work/drafts/a.eml") == "drafts/a.eml")
        #expect(root.relative("/ci/work/./drafts/../drafts/a.eml") == "drafts/a.eml")
        #expect(root.relative("./drafts/a.eml") == "drafts/a.eml")
        #expect(root.relative(".//a.eml") == "a.eml")
        #expect(root.relative("/ci/workshop/a.eml") == "/ci/workshop/a.eml", "a sibling folder that shares the prefix is outside")
        #expect(root.relative("/ci/work") == "/ci/work")
        #expect(root.relative("../other/a.eml") == "../other/a.eml")
        #expect(root.relative("<stdin>") == "<stdin>")
        #expect(ReportRoot(path: "/").relative("/a.eml") == "a.eml")
    }

    /// The artifact location of the first result of a SARIF report.
    static func firstArtifact(_ sarif: String) throws -> [String: String] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        return try #require(location["artifactLocation"] as? [String: String])
    }

    @Test func sarifLocatesAbsolutePathsInTheCheckoutUnderItsRootAndOthersWithoutABase() throws {
        let draft = "Fixtures/drafts/en-needs-work.eml"
        let inside = try BinaryRunner.run(["check", "--format", "sarif", BinaryRunner.root.appendingPathComponent(draft).path])
        #expect(try Self.firstArtifact(inside.stdout) == ["uri": draft, "uriBaseId": "%SRCROOT%"])
        let climate = try BinaryRunner.run(["check", "--format", "codeclimate", BinaryRunner.root.appendingPathComponent(draft).path])
        #expect(climate.stdout.contains("\"path\" : \"\(draft)\""), "GitLab matches paths relative to the checkout")

        let folder = try TemporaryFolder(["a b.eml": try String(contentsOf: BinaryRunner.root.appendingPathComponent(draft), encoding: .utf8)])
        let outside = try BinaryRunner.run(["check", "--format", "sarif", folder.path + "/a b.eml"])
        #expect(try Self.firstArtifact(outside.stdout) == ["uri": URL(fileURLWithPath: folder.path + "/a b.eml").absoluteString],
                "an absolute URI has no uriBaseId")
        #expect(try Self.firstArtifact(outside.stdout)["uri"]?.hasSuffix("/a%20b.eml") == true)
        #expect(try Formats.violations(outside.stdout, schema: "sarif-schema-2.1.0.json") == "")
    }

    /// The checker's findings are the checks `TemplateCheck` describes (to `--help` and to
    /// SARIF's rules), with the severity it gives them: the broken library has one template per
    /// error-level check; a template that never names the customer and a Greek one the others
    /// lack make the other two; the Zendesk export adds the checks of help-desk placeholders.
    @Test func everyTemplateFindingIsADescribedCheckWithItsSeverity() throws {
        let broken = BinaryRunner.root.appendingPathComponent("Fixtures/templates-broken")
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: broken.path) {
            files[name] = try String(contentsOf: broken.appendingPathComponent(name), encoding: .utf8)
        }
        files["cold.el.mustache"] = "---\nid: cold\nlocale: el\ndescription: x\n---\nSubject: Νέα\n\nΚαλημέρα,\n\nΤο κατάστημα ανοίγει στις εννέα.\n\nΜε εκτίμηση,\n{{agent_name}}\n"
        let folder = try TemporaryFolder(files)
        let zendesk = BinaryRunner.root.appendingPathComponent("Fixtures/desks/zendesk")
        let export = DeskChecker.Input(path: zendesk.appendingPathComponent("macros.json").path,
                                       dynamicContent: zendesk.appendingPathComponent("dynamic_content.json").path,
                                       locales: zendesk.appendingPathComponent("locales.json").path)
        let findings = try #require(TemplateChecker().check(directory: folder.path)).flatMap(\.diagnostics)
            + (try DeskChecker().check(export)).flatMap(\.diagnostics)
        for finding in findings {
            let check = TemplateCheck.allCases.first { $0.rule == finding.rule }
            #expect(check?.severity == finding.severity, "\(finding.rule) (\(finding.severity)): \(finding.message)")
        }
        #expect(Set(findings.map(\.rule)) == Set(TemplateCheck.allCases.map(\.rule)))
    }

    @Test func templatesCheckHelpDescribesEveryCheck() throws {
        let help = try BinaryRunner.run(["templates", "check", "--help"]).stdout
        let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for check in TemplateCheck.allCases {
            #expect(flat.contains("\(check.rule) (\(check.severity.rawValue)): \(check.summary)"), "\(check.rule)")
        }
    }

    @Test func everyRuleAndTemplateCheckHasOneSARIFRuleEntry() {
        let ids = ReportRule.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.count == RuleCatalog.all.count + TemplateCheck.allCases.count)
        #expect(ReportRule.all.allSatisfy { !$0.summary.isEmpty && !$0.name.contains(".") })
    }
}

@Suite struct StdinFilenameTests {
    @Test func standardInputTakesTheGivenNameAndItsFoldersConfig() throws {
        let folder = try TemporaryFolder(["team/.replylint.yaml": "disable: [body.placeholder]\n"])
        let draft = try Data(contentsOf: BinaryRunner.root.appendingPathComponent("Fixtures/drafts/en-needs-work.eml"))
        let named = try BinaryRunner.run(["check", "--format", "github", "--stdin-filename", folder.path + "/team/reply.eml"], stdin: draft)
        #expect(named.stdout.contains("file=\(folder.path)/team/reply.eml,"))
        #expect(!named.stdout.contains("body.placeholder"), "the config next to the given name applies")
        let plain = try BinaryRunner.run(["check", "--format", "github"], stdin: draft)
        #expect(plain.stdout.contains("file=<stdin>,") && plain.stdout.contains("body.placeholder"))
    }
}

extension StdinFilenameTests {
    @Test func showFindsTheConfigFromTheGivenName() throws {
        let folder = try TemporaryFolder(["team/.replylint.yaml": "locale: ro\n"])
        let draft = try Data(contentsOf: BinaryRunner.root.appendingPathComponent("Fixtures/drafts/en-needs-work.eml"))
        let named = try BinaryRunner.run(["show", "--stdin-filename", folder.path + "/team/reply.eml"], stdin: draft)
        // The config is found; its locale is overruled by a text that is plainly English.
        #expect(named.stdout.contains("locale:      en (detected: the text is English ("), "\(named.stdout)\(named.stderr)")
        #expect(named.stdout.contains("not the config's locale 'ro')"), "\(named.stdout)\(named.stderr)")
        let plain = try BinaryRunner.run(["show"], stdin: draft)
        #expect(plain.stdout.contains("locale:      en (content-language: Content-Language 'en'; the text agrees)"))
    }
}

/// The pre-commit hooks name commands the binary has, with the arguments they pass.
@Test func preCommitHooksRunRealCommands() throws {
    let text = try String(contentsOf: BinaryRunner.root.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
    let entries = text.split(separator: "\n").filter { $0.hasPrefix("  entry: replylint ") }
        .map { $0.dropFirst("  entry: replylint ".count).split(separator: " ").map(String.init) }
    #expect(entries == [["check"], ["templates", "check"]])
    let drafts = try BinaryRunner.run(entries[0] + ["Fixtures/drafts/en-refund-good.eml", "Fixtures/drafts/en-steps-good.eml"])
    #expect(drafts.status == 0, "\(drafts.stdout)\(drafts.stderr)")
    let library = try BinaryRunner.run(entries[1] + ["Fixtures/templates"])
    #expect(library.status == 0, "\(library.stdout)\(library.stderr)")
}
