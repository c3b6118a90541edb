import Foundation
import Mustache

/// A shared piece (`partials/<name>.<locale>.mustache`, or `partials/<name>.mustache` for every language).
struct TemplatePartial: Sendable {
    var name: String
    /// `""` for a partial that fits every language.
    var locale: String
    var path: String
    var source: String
    var compiled: MustacheTemplate
}

/// Everything in a template folder, read once: the files that loaded and why the others did not.
struct TemplateFolder: Sendable {
    var files: [TemplateFile] = []
    var partials: [TemplatePartial] = []
    var problems: [TemplateProblem] = []

    /// Reads `directory`; nil when it cannot be listed.
    static func read(_ directory: String) -> TemplateFolder? {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else { return nil }
        var folder = TemplateFolder()
        for name in names.sorted() where name.hasSuffix(".mustache") {
            folder.readTemplate(directory, name)
        }
        let partialsFolder = (directory as NSString).appendingPathComponent("partials")
        for name in ((try? fm.contentsOfDirectory(atPath: partialsFolder)) ?? []).sorted() where name.hasSuffix(".mustache") {
            folder.readPartial(partialsFolder, name)
        }
        return folder
    }

    private mutating func readTemplate(_ directory: String, _ name: String) {
        let path = (directory as NSString).appendingPathComponent(name)
        let stem = String(name.dropLast(".mustache".count))
        guard let dot = stem.lastIndex(of: "."), !stem[..<dot].isEmpty, TemplateLocale.isTag(String(stem[stem.index(after: dot)...])) else {
            problems.append(TemplateProblem(kind: .frontMatter, path: path, line: 1, column: 1,
                                            message: "a template file is named <id>.<locale>.mustache, like refund-delayed.en.mustache"))
            return
        }
        guard let text = Self.text(path, into: &problems) else { return }
        do {
            files.append(try TemplateFile.read(text, path: path, id: String(stem[..<dot]),
                                               locale: String(stem[stem.index(after: dot)...])))
        } catch {
            problems.append(error)
        }
    }

    private mutating func readPartial(_ directory: String, _ name: String) {
        let path = (directory as NSString).appendingPathComponent(name)
        var stem = String(name.dropLast(".mustache".count))
        var locale = ""
        if let dot = stem.lastIndex(of: "."), TemplateLocale.isTag(String(stem[stem.index(after: dot)...])) {
            locale = TemplateLocale.normalized(String(stem[stem.index(after: dot)...]))
            stem = String(stem[..<dot])
        }
        guard let source = Self.text(path, into: &problems) else { return }
        do {
            let compiled = try TemplateSource.compile(source, path: path, line: 1, column: 1)
            partials.append(TemplatePartial(name: stem, locale: locale, path: path, source: source, compiled: compiled))
        } catch {
            problems.append(error)
        }
    }

    private static func text(_ path: String, into problems: inout [TemplateProblem]) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.append(TemplateProblem(kind: .frontMatter, path: path, line: 1, column: 1, message: "cannot read the file"))
            return nil
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            problems.append(TemplateProblem(kind: .frontMatter, path: path, line: 1, column: 1, message: "the file is not UTF-8 text"))
            return nil
        }
        return text.replacingCRLF
    }

    var library: TemplateLibrary {
        var library = TemplateLibrary(templates: files.map(\.template), partials: [:])
        for partial in partials {
            library.partials[partial.name, default: [:]][partial.locale] = partial.source
            library.compiled[partial.source] = partial.compiled
        }
        for file in files {
            for (header, compiled) in zip(file.template.headers, file.compiledHeaders) { library.compiled[header.value] = compiled }
            library.compiled[file.template.body] = file.compiledBody
        }
        return library
    }
}
