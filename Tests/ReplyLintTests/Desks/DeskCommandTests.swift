import Foundation
import Testing

/// `replylint templates check` on help-desk exports, run as a CI job runs it.
@Suite struct DeskCommandTests {
    static let zendesk = ["Fixtures/desks/zendesk/macros.json", "--dynamic-content", "Fixtures/desks/zendesk/dynamic_content.json",
                          "--locales", "Fixtures/desks/zendesk/locales.json"]

    static let gorgias = ["Fixtures/desks/gorgias/macros.json"]
    static let freshdesk = ["Fixtures/desks/freshdesk/canned_responses.json"]
    static let helpscout = ["Fixtures/desks/helpscout/saved_replies.json"]
    static let intercom = ["Fixtures/desks/intercom/macros.json"]
    static let folder = ["Fixtures/desks/folder"]

    @Test(arguments: [("zendesk", zendesk), ("gorgias", gorgias), ("freshdesk", freshdesk), ("helpscout", helpscout),
                      ("intercom", intercom), ("folder", folder)])
    func findingsMatchWithTheirPlaces(_ desk: String, _ arguments: [String]) throws {
        let result = try BinaryRunner.run(["templates", "check"] + arguments)
        #expect(!result.crashed)
        #expect(result.stdout == (try Golden.expected("desks-\(desk).check.txt")))
        #expect(result.status == 1, "stderr: \(result.stderr)")
        let json = try BinaryRunner.run(["templates", "check", "--format", "json"] + arguments)
        #expect(json.stdout == (try Golden.expected("desks-\(desk).check.json")))
        // Named, the desk reads the same.
        let named = try BinaryRunner.run(["templates", "check", "--source", desk] + arguments)
        #expect(named.stdout == result.stdout)
    }

    /// Every finding's position points at what it names in the export: a placeholder's
    /// finding starts at its `{{`, through the JSON escapes before it on its line.
    @Test func placeholderFindingsPointAtTheirTagInTheFile() throws {
        let result = try BinaryRunner.run(["templates", "check", "--format", "json"] + Self.zendesk)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let templates = try #require(document["templates"] as? [[String: Any]])
        var checked = 0
        for template in templates {
            let path = try #require(template["path"] as? String)
            let lines = try String(contentsOf: BinaryRunner.root.appendingPathComponent(path), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
            for finding in (template["findings"] as? [[String: Any]]) ?? [] where finding["check"] as? String == "unknown-placeholder" {
                let message = try #require(finding["message"] as? String)
                let line = try #require(finding["line"] as? Int), column = try #require(finding["column"] as? Int)
                let text = Array(lines[line - 1].unicodeScalars).dropFirst(column - 1)
                let name = String(message.dropFirst().prefix { $0 != "'" })
                #expect(String(String.UnicodeScalarView(text)).hasPrefix("{{" + name), "\(path):\(line):\(column): \(message)")
                checked += 1
            }
        }
        #expect(checked == 3)
    }

    @Test func withoutDynamicContentAMacroUsingItIsNotRenderedAndSaysWhy() throws {
        let result = try BinaryRunner.run(["templates", "check", "Fixtures/desks/zendesk/macros.json"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("info: not rendered: it uses dynamic content (dc.greeting, dc.refund_policy); give the dynamic-content export with --dynamic-content [template.lint]"))
        #expect(!result.stdout.contains("dynamic_content.json"))
    }

    @Test(arguments: ["sarif", "github", "rdjson", "codeclimate", "junit"])
    func everyReportFormatServesAnExport(_ format: String) throws {
        let result = try BinaryRunner.run(["templates", "check", "--format", format] + Self.zendesk)
        #expect(result.status == 1)
        #expect(result.stdout.contains("unknown-placeholder"))
        #expect(result.stdout.contains("macros.json"))
    }

    /// Exports that cannot be read: one line on standard error naming the file and the place, exit 2.
    @Test(arguments: [
        ("not-json.json", "Dear {{ticket.requester.name}},", "not-json.json:1:1: not valid JSON: unexpected 'D' where a value should be"),
        ("truncated.json", "{\"macros\": [\n  {\"title\": \"Refund\", \"actions\": [{\"field\": \"comment_value\", \"value\": \"Dear",
         "truncated.json:2:71: not valid JSON: the file ends inside a string (is it cut short?)"),
        ("no-body.json", "{\"macros\": [{\"id\": 1, \"title\": \"Refund\"}]}", "no-body.json:1:33: macro 'Refund' has no 'actions', so no reply text"),
        ("null-body.json", "{\"macro\": {\"title\": \"Refund\", \"actions\": [{\"field\": \"comment_value\", \"value\": null}]}}",
         "null-body.json:1:79: macro 'Refund': its comment_value action has no text"),
        ("unknown-field.json", "{\"macros\": [{\"title\": \"Refund\", \"actions\": [{\"field\": \"coment_value\", \"value\": \"Hi\"}]}]}",
         "unknown-field.json:1:56: macro 'Refund': an action of unknown field 'coment_value' (reply text is comment_value, comment_value_html or subject)"),
        ("other.json", "{\"tickets\": []}", "other.json:1:1: not an export replylint knows; name the desk with --source (zendesk, gorgias, freshdesk, helpscout, intercom, folder)"),
        ("freshdesk-empty.json", "[{\"id\": 1, \"title\": \"Refund\", \"content_html\": null}]",
         "freshdesk-empty.json:1:22: canned response 'Refund' has neither content_html nor content, so no reply text"),
        ("gorgias-action.json", "{\"data\": [{\"name\": \"Refund\", \"actions\": [{\"name\": \"setResponseTxt\", \"arguments\": {}}]}]}",
         "gorgias-action.json:1:52: macro 'Refund': an action of unknown name 'setResponseTxt' (the reply text is setResponseText)"),
        ("gorgias-empty.json", "{\"data\": [{\"name\": \"Refund\", \"actions\": [{\"name\": \"setResponseText\", \"arguments\": {\"body_text\": null}}]}]}",
         "gorgias-empty.json:1:83: macro 'Refund': its setResponseText action has neither body_text nor body_html"),
        // The saved-replies list endpoint gives only a preview; an export must hold each reply's text.
        ("helpscout-preview.json", "[{\"id\": 123456, \"name\": \"Visiting us\", \"preview\": \"Hi there, Of course you can\"}]",
         "helpscout-preview.json:1:26: saved reply 'Visiting us' has only a 'preview' (the list endpoint's first words), not its 'text'; export each with GET /v2/mailboxes/{id}/saved-replies/{id}"),
        ("helpscout-number.json", "{\"id\": 1, \"name\": \"Refund\", \"text\": 42}", "helpscout-number.json:1:37: saved reply 'Refund': text is a number, not text"),
        ("helpscout-truncated.json", "[{\"id\": 1, \"name\": \"Refund\", \"text\": \"Hi {%customer.firstName",
         "helpscout-truncated.json:1:38: not valid JSON: the file ends inside a string (is it cut short?)"),
        ("intercom-empty.json", "{\"type\": \"list\", \"data\": [{\"type\": \"macro\", \"id\": \"1\", \"name\": \"Reset\", \"body\": null, \"body_text\": null}]}",
         "intercom-empty.json:1:65: macro 'Reset' has neither body nor body_text, so no reply text"),
        ("intercom-list-body.json", "{\"type\": \"macro\", \"id\": \"2\", \"name\": \"Reset\", \"body\": [\"<p>Hi</p>\"]}",
         "intercom-list-body.json:1:55: macro 'Reset': body is a list, not text"),
    ])
    func aMalformedExportIsOneLineAndExitTwo(_ name: String, _ text: String, _ message: String) throws {
        let folder = try TemporaryFolder([name: text])
        let result = try BinaryRunner.run(["templates", "check", name], cwd: URL(fileURLWithPath: folder.path))
        #expect(!result.crashed)
        #expect(result.status == 2)
        #expect(result.stderr == "replylint: error: \(message)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func aFiftyMegabyteExportIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryFolder([:])
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let path = (folder.path as NSString).appendingPathComponent("huge.json")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("{\"macros\": [".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50 << 20)   // sparse: 50 MB on disk costs nothing
        try handle.close()
        let result = try BinaryRunner.run(["templates", "check", path])
        #expect(result.status == 2)
        #expect(result.stderr == "replylint: error: \(path): the export is 50 MB; exports over 32 MB are refused (split it by page)\n")
    }

    /// A Help Scout finding's position points at the variable's `{%` in the file, through the
    /// `\u` escapes of the Greek text before it on its line.
    @Test func helpScoutFindingsPointAtTheirVariable() throws {
        let result = try BinaryRunner.run(["templates", "check", "--format", "json"] + Self.helpscout)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let templates = try #require(document["templates"] as? [[String: Any]])
        let lines = try String(contentsOf: BinaryRunner.root.appendingPathComponent(Self.helpscout[0]), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        var checked = 0
        for finding in templates.flatMap({ ($0["findings"] as? [[String: Any]]) ?? [] })
        where ["unknown-placeholder", "no-fallback"].contains(finding["check"] as? String) {
            let message = try #require(finding["message"] as? String)
            let line = try #require(finding["line"] as? Int), column = try #require(finding["column"] as? Int)
            let text = String(String.UnicodeScalarView(Array(lines[line - 1].unicodeScalars).dropFirst(column - 1)))
            let name = String(message.dropFirst().prefix { $0 != "'" })
            #expect(text.hasPrefix("{%" + name), "\(line):\(column): \(message)")
            checked += 1
        }
        #expect(checked == 2)
    }

    /// A folder of our own templates (front matter first) stays one; a folder of macro files is
    /// read as one without --source, and each finding is placed on its line in its file.
    @Test func aFolderOfMacroFilesIsFoundFromItsFilesAndPlacesFindingsInThem() throws {
        let folder = try TemporaryFolder(["refund.en.mustache": "Subject: Your refund\nHi {{first_name}},\n\nThe refund is on its way.\n\n{{frist_name}}\n",
                                          "notes.txt": "Hello {{name | default: \"there\"}},\n"])
        let result = try BinaryRunner.run(["templates", "check", "."], cwd: URL(fileURLWithPath: folder.path))
        #expect(result.stdout.contains("./refund.en.mustache:6:1: error: 'frist_name' is not a folder placeholder, so the customer would get it blank; did you mean 'first_name'? [template.unknown-placeholder]"), "\(result.stdout)")
        #expect(result.stdout.contains("./refund.en.mustache:2:4: warning: 'first_name' in the greeting may be empty, and the customer would read it with a gap; put it inside {{#first_name}}…{{/first_name}}, with {{^first_name}}…{{/first_name}} for when it is empty [template.no-fallback]"), "\(result.stdout)")
        let ours = try BinaryRunner.run(["templates", "check", "Fixtures/templates"])
        #expect(!ours.stdout.contains("folder placeholder"))
        // Mustache files alone are our template format, unless named.
        let mustache = try TemporaryFolder(["refund.en.mustache": "Hi {{first_name}},\n"])
        let plain = try BinaryRunner.run(["templates", "check", "."], cwd: URL(fileURLWithPath: mustache.path))
        #expect(plain.stdout.contains("[template.front-matter]"), "\(plain.stdout)")
        let named = try BinaryRunner.run(["templates", "check", "--source", "folder", "."], cwd: URL(fileURLWithPath: mustache.path))
        #expect(!named.stdout.contains("[template.front-matter]"), "\(named.stdout)")
    }

    /// A folder's macro file with no reply text is refused as an export's macro with no body is.
    @Test(arguments: [
        ("", "./refund.en.liquid: the file is empty, so no reply text"),
        ("\n  \n", "./refund.en.liquid: the file is empty, so no reply text"),
        ("Subject: Your refund\n\n", "./refund.en.liquid: the file has a subject line and no reply text"),
    ])
    func aFolderFileWithNoReplyTextIsOneLineAndExitTwo(_ text: String, _ message: String) throws {
        let folder = try TemporaryFolder(["refund.en.liquid": text, "other.en.liquid": "Hi {{first_name | default: \"there\"}},\n"])
        let result = try BinaryRunner.run(["templates", "check", "."], cwd: URL(fileURLWithPath: folder.path))
        #expect(!result.crashed)
        #expect(result.status == 2)
        #expect(result.stderr == "replylint: error: \(message)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func aFiftyMegabyteFolderFileIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryFolder(["refund.en.liquid": "Hi {{first_name | default: \"there\"}},\n"])
        let path = (folder.path as NSString).appendingPathComponent("huge.en.liquid")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("Hi ".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50 << 20)   // sparse: 50 MB on disk costs nothing
        try handle.close()
        let result = try BinaryRunner.run(["templates", "check", "."], cwd: URL(fileURLWithPath: folder.path))
        #expect(!result.crashed)
        #expect(result.status == 2)
        #expect(result.stderr == "replylint: error: ./huge.en.liquid: the file is 50 MB; files over 32 MB are refused\n")
    }

    /// The fuzz target's seeds in every desk's syntax: each gets an answer (findings, or one
    /// line and exit 2), never a crash. A `.txt` seed is a folder's macro file.
    @Test func everyFuzzSeedIsAnsweredWithoutACrash() throws {
        let seeds = BinaryRunner.root.appendingPathComponent("Fixtures/desks/fuzz-seeds").path
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0 != "README.md" }.sorted()
        #expect(Set(names.map { String($0.prefix { $0 != "-" }) }) == ["zendesk", "gorgias", "freshdesk", "helpscout", "intercom", "folder"])
        for name in names {
            let path = (seeds as NSString).appendingPathComponent(name)
            let result: BinaryRunner.Result
            if name.hasSuffix(".json") {
                result = try BinaryRunner.run(["templates", "check", path])
            } else {
                let folder = try TemporaryFolder(["seed.en.txt": try String(contentsOfFile: path, encoding: .utf8)])
                result = try BinaryRunner.run(["templates", "check", "--source", "folder", folder.path])
            }
            #expect(!result.crashed, "\(name): \(result.stderr)")
            #expect((0...2).contains(result.status), "\(name): exit \(result.status)")
            #expect(result.status != 2 || result.stderr.hasPrefix("replylint: error: ") && result.stderr.split(separator: "\n").count == 1,
                    "\(name): \(result.stderr)")
        }
    }

    @Test func aNamedSourceReadsAFileWhoseShapeIsNotRecognised() throws {
        let folder = try TemporaryFolder(["macros.txt": "{\"macro\": {\"title\": \"Close\", \"actions\": [{\"field\": \"status\", \"value\": \"solved\"}]}}"])
        let result = try BinaryRunner.run(["templates", "check", "--source", "zendesk", "macros.txt"], cwd: URL(fileURLWithPath: folder.path))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout == "0 errors, 0 warnings in 0 templates\n")
    }
}
