import Foundation
import Testing
@testable import ReplyLint

/// Reading template files: every mistake in the front matter, headers or Mustache is placed exactly.
@Suite struct TemplateLoaderTests {
    static let good = """
    ---
    id: refund
    locale: en
    description: A refund.
    variables:
      customer_first_name: { type: name, required: true, example: Anna }
    ---
    Subject: Your refund
    Cc: billing@example.com

    Dear {{customer_first_name}},

    """

    @Test func readsAGoodFile() throws {
        let file = try TemplateFile.read(Self.good, path: "refund.en.mustache", id: "refund", locale: "en")
        #expect(file.template.headers.map(\.name) == ["Subject", "Cc"])
        #expect(file.template.headers[0] == TemplateHeader(name: "Subject", value: "Your refund", line: 8, column: 10))
        #expect(file.template.bodyLine == 11)
        #expect(file.template.body == "Dear {{customer_first_name}},\n")
        #expect(file.template.variables == [TemplateVariable(name: "customer_first_name", kind: .name, required: true, example: "Anna")])
    }

    /// (what is wrong, file text, line, column, words the message has).
    @Test(arguments: [
        ("no front matter", "Subject: x\n\nHi\n", 1, 1, "front matter"),
        ("unclosed front matter", "---\nid: refund\n", 1, 1, "closing"),
        ("unknown key", "---\nid: refund\nlocale: en\ncategroy: x\n---\nSubject: x\n\nHi\n", 4, 1, "unknown front-matter key 'categroy'"),
        ("unknown type", "---\nid: refund\nlocale: en\nvariables:\n  when: { type: time }\n---\nSubject: x\n\nHi\n", 5, 17, "unknown variable type 'time'"),
        ("unknown variable key", "---\nid: refund\nlocale: en\nvariables:\n  when: { type: date, requird: true }\n---\nSubject: x\n\nHi\n", 5, 23, "unknown key 'requird'"),
        ("no type", "---\nid: refund\nlocale: en\nvariables:\n  when: { required: true }\n---\nSubject: x\n\nHi\n", 5, 3, "has no type"),
        ("bad required", "---\nid: refund\nlocale: en\nvariables:\n  when: { type: date, required: maybe }\n---\nSubject: x\n\nHi\n", 5, 33, "true or false"),
        ("id not the file's", "---\nid: refunds\nlocale: en\n---\nSubject: x\n\nHi\n", 2, 5, "id 'refunds' does not match"),
        ("locale not the file's", "---\nid: refund\nlocale: el\n---\nSubject: x\n\nHi\n", 3, 9, "locale 'el' does not match"),
        ("no id", "---\nlocale: en\n---\nSubject: x\n\nHi\n", 2, 1, "no 'id'"),
        ("bad YAML", "---\nid: refund\nlocale: [en\n---\nSubject: x\n\nHi\n", 4, 1, "not valid YAML"),
        ("missing Subject", "---\nid: refund\nlocale: en\n---\nCc: a@example.com\n\nHi\n", 5, 1, "no Subject"),
        ("no Subject at all", "---\nid: refund\nlocale: en\n---\n\nHi\n", 5, 1, "no Subject"),
        ("header without colon", "---\nid: refund\nlocale: en\n---\nSubject: x\nHello there\n\nHi\n", 6, 1, "has no colon"),
        ("unknown header", "---\nid: refund\nlocale: en\n---\nSubject: x\nX-Priority: 1\n\nHi\n", 6, 1, "unknown header 'X-Priority'"),
        ("header twice", "---\nid: refund\nlocale: en\n---\nSubject: x\nsubject: y\n\nHi\n", 6, 1, "appears twice"),
    ] as [(String, String, Int, Int, String)])
    func frontMatterProblems(_ what: String, text: String, line: Int, column: Int, words: String) {
        #expect(throws: TemplateProblem.self, "\(what)") {
            try TemplateFile.read(text, path: "refund.en.mustache", id: "refund", locale: "en")
        }
        do {
            _ = try TemplateFile.read(text, path: "refund.en.mustache", id: "refund", locale: "en")
        } catch {
            #expect(error.kind == .frontMatter, "\(what)")
            #expect((error.line, error.column) == (line, column), "\(what): \(error.message)")
            #expect(error.message.contains(words), "\(what): \(error.message)")
        }
    }

    /// Mustache errors are placed in the file: the body's or the header's line, plus the offset.
    @Test(arguments: [
        ("unclosed section in the body", "Dear {{name}},\n\n{{#extra}}more\n", 12, 1, "'extra' is never closed"),
        ("wrong closing tag", "{{#a}}x{{/b}}\n", 10, 11, "no open section"),
        ("unfinished tag on the body's first line", "Hi {{name\n", 10, 4, "not closed"),
        ("unfinished tag in the Subject", nil, 8, 16, "not closed"),
        ("closing tag with no section on line 2", "Hi\nthere {{/x}}\n", 11, 10, "no open section"),
    ] as [(String, String?, Int, Int, String)])
    func syntaxProblems(_ what: String, body: String?, line: Int, column: Int, words: String) {
        let subject = body == nil ? "Order {{id" : "Your refund"
        let text = "---\nid: refund\nlocale: en\nvariables:\n  name: { type: name, required: true }\n  extra: { type: string }\n---\nSubject: \(subject)\n\n" + (body ?? "Hi\n")
        do {
            _ = try TemplateFile.read(text, path: "refund.en.mustache", id: "refund", locale: "en")
            Issue.record("\(what): no error")
        } catch {
            #expect(error.kind == .syntax, "\(what)")
            #expect((error.line, error.column) == (line, column), "\(what): \(error.message)")
            #expect(error.message.contains(words), "\(what): \(error.message)")
        }
    }

    @Test func loadsAFolderWithPartialsAndReportsBadFiles() throws {
        let folder = try TemporaryFolder([
            "refund.en.mustache": Self.good,
            "refund.en-GB.mustache": Self.good.replacingOccurrences(of: "locale: en", with: "locale: en-GB"),
            "refund.el.mustache": Self.good.replacingOccurrences(of: "locale: en", with: "locale: el"),
            "broken.en.mustache": "no front matter\n",
            "README.mustache": "---\n",
            "partials/signoff.en.mustache": "Kind regards",
            "partials/footer.mustache": "Footer",
        ])
        let (library, errors) = TemplateLibrary.load(folder.path)
        #expect(library.templates.map(\.locale).sorted() == ["el", "en", "en-GB"])
        #expect(library.partials["signoff"] == ["en": "Kind regards"])
        #expect(library.partials["footer"] == ["": "Footer"])
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { if case .invalidTemplate = $0 { true } else { false } })
        #expect(library.compiled[library.templates[0].body] != nil, "parsed once, at load")
    }

    @Test func anUnreadableFolderIsOneError() {
        let (library, errors) = TemplateLibrary.load("/no/such/folder")
        #expect(library.templates.isEmpty)
        #expect(errors.count == 1)
    }
}

/// A folder of files made for one test and removed after it.
final class TemporaryFolder {
    let path: String

    init(_ files: [String: String]) throws {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("replylint-templates-\(UUID().uuidString)")
        for (name, text) in files {
            let file = (path as NSString).appendingPathComponent(name)
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
