import Foundation
import Testing
@testable import ReplyLint

/// `templates convert` on every desk's export, then `templates check` on what it wrote: every
/// macro the export check passed is written and passes, and a written template fails only where
/// the export check failed the same macro in the same language.
@Suite struct DeskConvertTests {
    static let zendesk = "Fixtures/desks/zendesk/"
    static let desks: [(String, [String])] = [
        ("zendesk", [zendesk + "macros.json", "--dynamic-content", zendesk + "dynamic_content.json", "--locales", zendesk + "locales.json"]),
        ("gorgias", ["Fixtures/desks/gorgias/macros.json"]),
        ("freshdesk", ["Fixtures/desks/freshdesk/canned_responses.json"]),
        ("helpscout", ["Fixtures/desks/helpscout/saved_replies.json"]),
        ("intercom", ["Fixtures/desks/intercom/macros.json"]),
        ("folder", ["Fixtures/desks/folder"]),
    ]

    /// (template id, locale) → whether it has an error-level finding, from `--format json`.
    static func verdicts(_ arguments: [String]) throws -> [String: Bool] {
        let result = try BinaryRunner.run(["templates", "check", "--format", "json"] + arguments)
        #expect(!result.crashed)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
        let templates = try #require(document["templates"] as? [[String: Any]])
        var verdicts: [String: Bool] = [:]
        for template in templates {
            let id = try #require(template["id"] as? String), locale = (template["locale"] as? String) ?? ""
            let failed = ((template["findings"] as? [[String: Any]]) ?? []).contains { $0["severity"] as? String == "error" }
            verdicts["\(id).\(locale)"] = failed
        }
        return verdicts
    }

    @Test(arguments: desks)
    func convertedTemplatesCheckAsTheExportDid(_ desk: String, _ arguments: [String]) throws {
        let exported = try Self.verdicts(arguments)
            .filter { !$0.key.hasPrefix("dc.") }
            .reduce(into: [String: Bool]()) { verdicts, entry in
                let locale = (entry.key as NSString).pathExtension, title = (entry.key as NSString).deletingPathExtension
                verdicts["\(DeskConversion.templateID(title, language: locale)).\(locale)"] = entry.value
            }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-convert-\(desk)-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let convert = try BinaryRunner.run(["templates", "convert", "--source", desk] + arguments + ["--out", out])
        #expect(!convert.crashed)
        #expect(convert.status == 1, "every fixture has macros that cannot be converted: \(convert.stderr)")
        let converted = try Self.verdicts([out])
        let passed = exported.filter { !$0.value }.map(\.key).sorted()
        #expect(!passed.isEmpty)
        for key in passed {
            #expect(converted[key] == false, "\(desk): '\(key)' passed as exported, but converted it is \(converted[key] == nil ? "missing" : "failing")")
        }
        for (key, failed) in converted where failed {
            #expect(exported[key] == true, "\(desk): '\(key)' fails converted but passed as exported")
        }
        // What was not converted is said on standard error, placed in the file it is in.
        for line in convert.stderr.split(separator: "\n") {
            #expect(line.hasPrefix("replylint: error: Fixtures/desks/\(desk)/") && line.contains(" not converted"), "\(line)")
        }
    }

    /// A title's last part drops when it names the language the macro is written in, so one
    /// reply's macros become one template's variants; any other title keeps its whole slug.
    @Test(arguments: [
        ("Refunds::Issued (EN)", "en", "refunds-issued"),
        ("Refunds::Issued [el-GR]", "el", "refunds-issued"),
        ("Refund approved - RO", "ro", "refund-approved"),
        ("Refund approved | id", "id", "refund-approved"),
        ("Refunds::Issued (EN)", "el", "refunds-issued-en"),
        ("Refunds::Policy (all languages)", "en", "refunds-policy-all-languages"),
        ("Shipping to ID", "id", "shipping-to-id"),
        ("(EN)", "en", "en"),
    ])
    func aTitlesLanguageMarkIsDroppedFromItsID(_ title: String, _ language: String, _ id: String) {
        #expect(DeskConversion.templateID(title, language: language) == id)
    }

    /// Two macros that would be one file keep their whole titles' slugs instead of one writing over the other.
    @Test func aMacroNeverWritesOverAnotherMacrosFile() throws {
        let body = "Hi {{ticket.requester.first_name | default: \\\"there\\\"}},\\n\\nThank you for writing to us about your order. It left our warehouse today.\\n\\nKind regards,\\n{{current_user.name}}"
        let folder = try TemporaryFolder(["macros.json": """
            {"macros": [{"title": "Sent (EN)", "actions": [{"field": "comment_value", "value": "\(body)"}]},
                        {"title": "Sent - en", "actions": [{"field": "comment_value", "value": "\(body)"}]}]}
            """])
        let result = try BinaryRunner.run(["templates", "convert", "macros.json", "--out", "out"], cwd: URL(fileURLWithPath: folder.path))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out").sorted()
        #expect(written == ["sent-en.en.mustache", "sent.en.mustache"])
    }

    /// A folder's refusals name the macro file, not the folder.
    @Test func aFolderMacroThatCannotBeConvertedIsPlacedInItsFile() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("replylint-convert-folder-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let convert = try BinaryRunner.run(["templates", "convert", "Fixtures/desks/folder", "--out", out])
        #expect(convert.stderr.split(separator: "\n").map(String.init) == [
            "replylint: error: Fixtures/desks/folder/refund-issued.et.txt:5:1: macro 'refund-issued' not converted: body: '{{#order_number}}' is never closed with '{{/order_number}}'",
            "replylint: error: Fixtures/desks/folder/refund-issued.ro.md:1:12: macro 'refund-issued' not converted: 'frist_name' is not a folder placeholder, so the customer would get it blank; did you mean 'first_name'?",
        ])
        let compose = try BinaryRunner.run(["compose", "refund-issued", "--templates", "Fixtures/desks/folder", "--locale", "et",
                                            "--set", "customer_first_name=Mari", "--set", "customer_email=mari@example.com"])
        #expect(compose.status == 2)
        #expect(compose.stderr == "replylint: error: Fixtures/desks/folder/refund-issued.et.txt:5:1: body: '{{#order_number}}' is never closed with '{{/order_number}}'\n")
    }
}
