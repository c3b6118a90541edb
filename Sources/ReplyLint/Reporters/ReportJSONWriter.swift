/// The JSON report's pieces, written directly: the bytes `JSONEncoder` gives with
/// `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes`, at a fraction of the cost
/// (the encoder was a twentieth of a whole `check`). `JSONReportTests` holds the two to the
/// same text for every key and every kind of character; a new key of `FileReport` or
/// `Diagnostic` must be added here too, in sorted place.
struct ReportJSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Indentation of the line being written, in spaces.
    private var depth: Int

    init(depth: Int) { self.depth = depth }

    static func part(_ report: FileReport, depth: Int) -> String {
        var writer = ReportJSONWriter(depth: depth)
        writer.fileReport(report)
        return writer.text
    }

    /// A template's part of `templates check`: version 1's `findings`, `id`, `locale`, `path`;
    /// each finding a diagnostic with its `check` (the rule id without `template.`).
    static func templatePart(_ report: FileReport, depth: Int) -> String {
        var writer = ReportJSONWriter(depth: depth)
        writer.object { writer in
            writer.key("findings", first: true)
            writer.array(report.diagnostics) { writer, diagnostic in
                writer.diagnostic(diagnostic, check: String(diagnostic.rule.dropFirst("template.".count)))
            }
            writer.key("id")
            writer.string(report.templateID ?? "")
            writer.key("locale")
            writer.string(report.locale)
            writer.key("path")
            writer.string(report.path)
        }
        return writer.text
    }

    /// The counts: `errors`, `files` (or `templates`), `infos`, `warnings`.
    static func summary(_ summary: ReportSummary, depth: Int) -> String {
        var writer = ReportJSONWriter(depth: depth)
        writer.object { writer in
            writer.key("errors", first: true)
            writer.number(summary.errors)
            if summary.subject == .drafts {
                writer.key("files")
                writer.number(summary.files)
            }
            writer.key("infos")
            writer.number(summary.infos)
            if summary.subject == .templates {
                writer.key("templates")
                writer.number(summary.files)
            }
            writer.key("warnings")
            writer.number(summary.warnings)
        }
        return writer.text
    }

    private var text: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func fileReport(_ report: FileReport) {
        object { writer in
            writer.key("diagnostics", first: true)
            writer.diagnostics(report.diagnostics)
            if let fixed = report.fixed {
                writer.key("fixed")
                writer.diagnostics(fixed)
            }
            writer.key("locale")
            writer.string(report.locale)
            writer.key("path")
            writer.string(report.path)
        }
    }

    private mutating func diagnostics(_ list: [Diagnostic]) {
        array(list) { writer, diagnostic in writer.diagnostic(diagnostic) }
    }

    private mutating func diagnostic(_ d: Diagnostic, check: String? = nil) {
        object { writer in
            if let check {
                writer.key("check", first: true)
                writer.string(check)
            }
            writer.key("column", first: check == nil)
            writer.number(d.column)
            writer.key("endColumn")
            writer.number(d.endColumn)
            writer.key("endLine")
            writer.number(d.endLine)
            writer.key("excerpt")
            writer.optionalString(d.excerpt)
            if d.isSafeFix {
                writer.key("fix")
                writer.raw("true")
            }
            writer.key("line")
            writer.number(d.line)
            writer.key("message")
            writer.string(d.message)
            // Keys sort by their bytes: "notFixed" before "note".
            if let notFixed = d.notFixed {
                writer.key("notFixed")
                writer.string(notFixed)
            }
            if let note = d.note {
                writer.key("note")
                writer.string(note)
            }
            writer.key("rule")
            writer.string(d.rule)
            writer.key("severity")
            writer.string(d.severity.rawValue)
            writer.key("suggestion")
            writer.optionalString(d.suggestion)
        }
    }

    // MARK: JSONEncoder's pretty layout

    private mutating func object(_ body: (inout ReportJSONWriter) -> Void) {
        raw("{")
        depth += 2
        body(&self)
        depth -= 2
        newline()
        raw("}")
    }

    /// `[` … `]`, one element a line; an empty array has an empty line inside, as the encoder writes it.
    private mutating func array<Element>(_ elements: [Element], _ write: (inout ReportJSONWriter, Element) -> Void) {
        raw("[")
        depth += 2
        if elements.isEmpty { bytes.append(0x0A) }
        for (index, element) in elements.enumerated() {
            if index > 0 { raw(",") }
            newline()
            write(&self, element)
        }
        depth -= 2
        newline()
        raw("]")
    }

    private mutating func key(_ name: String, first: Bool = false) {
        if !first { raw(",") }
        newline()
        string(name)
        raw(" : ")
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: depth))
    }

    private mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    private mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    /// Quotes and backslashes escaped, control characters as `\n`-style or `\u00XX`; slashes,
    /// DEL and everything beyond ASCII as they are.
    private mutating func string(_ value: String) {
        bytes.append(0x22)
        for byte in value.utf8 {
            switch byte {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case ..<0x20:
                raw("\\u00")
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0x0F)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    private static let hex = Array("0123456789abcdef".utf8)
}
