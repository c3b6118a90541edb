import Foundation

/// Reads a plain folder of canned replies, one per file: `*.liquid` in Liquid, `*.mustache` in
/// Mustache, `*.md` and `*.txt` in whichever of the two they are written in. A first line
/// `Subject: …` is the subject; a name like `refund.el.liquid` gives the language.
enum FolderExport {
    static let extensions: Set<String> = ["liquid", "mustache", "md", "txt"]

    /// Whether `path` is a folder of macro files rather than our template library: it holds
    /// `*.liquid` files, or `*.md`/`*.txt` ones and no file opens with our front matter. A folder
    /// of `*.mustache` files alone is our library (a missing front matter is reported there);
    /// `--source folder` reads it as macros.
    static func matches(_ path: String) -> Bool {
        let files = macroFiles(path)
        if files.contains(where: { $0.hasSuffix(".liquid") }) { return true }
        guard files.contains(where: { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }) else { return false }
        return !files.contains { (try? String(contentsOfFile: $0, encoding: .utf8))?.hasPrefix("---") ?? true }
    }

    static func macroFiles(_ path: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) && !$0.hasPrefix(".") }
            .map { (path as NSString).appendingPathComponent($0) }
    }

    static func macros(_ path: String) throws(DeskExportError) -> DeskLibrary {
        var library = DeskLibrary(desk: .folder, path: path, macros: [])
        for file in macroFiles(path) {
            let size = ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.intValue ?? 0
            guard size <= DeskExportFile.maxBytes else {
                throw DeskExportError(path: file, message: "the file is \(DeskExportFile.megabytes(size)); files over \(DeskExportFile.megabytes(DeskExportFile.maxBytes)) are refused")
            }
            guard let data = FileManager.default.contents(atPath: file) else { throw DeskExportError(path: file, message: "cannot read the file") }
            guard let text = String(data: data, encoding: .utf8) else { throw DeskExportError(path: file, message: "not UTF-8 text") }
            try requireBody(file, text)
            library.macros.append(macro(file, text.replacingCRLF))
        }
        return library
    }

    /// A file with no reply text is refused as an export's macro with no body is: sent, it
    /// would be an empty reply.
    private static func requireBody(_ file: String, _ text: String) throws(DeskExportError) {
        let subjectLine = text.hasPrefix("Subject:")
        let body = subjectLine ? text.drop { $0 != "\n" && $0 != "\r\n" } : Substring(text)
        guard body.allSatisfy(\.isWhitespace) else { return }
        throw DeskExportError(path: file, message: subjectLine ? "the file has a subject line and no reply text" : "the file is empty, so no reply text")
    }

    private static func macro(_ file: String, _ text: String) -> DeskMacro {
        let name = (file as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension.lowercased()
        var stem = (name as NSString).deletingPathExtension
        var language: String?
        let inner = (stem as NSString).pathExtension
        if !inner.isEmpty, TemplateLocale.isTag(inner) {
            language = inner
            stem = (stem as NSString).deletingPathExtension
        }
        let syntax: DeskSyntax = switch ext {
        case "liquid": .liquid
        case "mustache": .mustache
        default: text.contains("{%") || text.contains("| default") || text.contains("|default") ? .liquid : .mustache
        }
        let source = DeskString(file: text)
        var parts: [DeskMacro.Part] = []
        if text.hasPrefix("Subject:"), let newline = text.firstIndex(of: "\n") {
            let line = text[..<newline]
            let value = line.dropFirst("Subject:".count).drop { $0 == " " }
            var subject = DeskString(text: String(value), start: DeskPosition(line: 1, column: 1 + line.unicodeScalars.count - value.unicodeScalars.count))
            subject.lineStarts = []
            parts.append(DeskMacro.Part(kind: .subject, field: "Subject", source: subject, syntax: syntax))
            let bodyStart = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: newline.samePosition(in: text.unicodeScalars)!) + 1
            var body = DeskString(text: String(text[text.index(after: newline)...]), start: DeskPosition(line: 2, column: 1))
            body.lineStarts = source.lineStarts.dropFirst().map { $0 - bodyStart }
            parts.append(DeskMacro.Part(kind: .text, field: "body", source: body, syntax: syntax))
        } else {
            parts.append(DeskMacro.Part(kind: .text, field: "body", source: source, syntax: syntax))
        }
        var macro = DeskMacro(id: stem, title: stem, titleAt: DeskPosition(line: 1, column: 1), description: nil, language: language, parts: parts)
        macro.path = file
        return macro
    }
}
