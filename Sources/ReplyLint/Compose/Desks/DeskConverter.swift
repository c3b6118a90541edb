import Foundation

/// `templates convert`: writes every macro of a desk's export as our template files
/// (`<slug>.<locale>.mustache`, docs/templates.md), so a team can move its library into a
/// repository; `templates check` then passes on what the export passed.
public struct DeskConverter: Sendable {
    /// What was written, and each macro that could not be (one line each, placed in the export).
    public struct Result: Sendable {
        public var written: [String] = []
        public var refused: [String] = []
    }

    public init() {}

    /// Converts `input` into `directory` (made when missing). Throws when the export cannot be
    /// read at all, or the folder cannot be written.
    public func convert(_ input: DeskChecker.Input, to directory: String) throws(DeskExportError) -> Result {
        let library = try DeskReader.read(input)
        let catalogue: DeskCatalogue
        do {
            catalogue = try DeskCatalogue.shipped(library.desk)
        } catch {
            throw DeskExportError(path: error.path, message: error.message)
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw DeskExportError(path: directory, message: "cannot make the folder")
        }
        let linter = try? Linter()
        var result = Result()
        var taken: Set<String> = []
        for macro in library.macros {
            var refusals: [DeskExportError] = []
            let files: [(String, String)]
            do {
                files = try self.files(macro, library, catalogue, linter, taken: taken, refusals: &refusals)
            } catch {
                result.refused.append(error.description)
                continue
            }
            for (name, text) in files {
                let path = (directory as NSString).appendingPathComponent(name)
                guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
                    throw DeskExportError(path: path, message: "cannot write the file")
                }
                result.written.append(path)
                taken.insert(name)
            }
            result.refused += refusals.map(\.description)
        }
        return result
    }

    /// The template files of one macro: one per language of its dynamic content, else one in its language.
    /// A language that cannot be written (its dynamic content reads what the format cannot say)
    /// goes into `refusals`; the macro's other languages are still written. A file name in `taken`
    /// (another macro's) is not written over: the macro keeps its whole title's slug then.
    func files(_ macro: DeskMacro, _ library: DeskLibrary, _ catalogue: DeskCatalogue, _ linter: Linter?,
               taken: Set<String> = [], refusals: inout [DeskExportError]) throws(DeskExportError) -> [(String, String)] {
        let parts: [DeskCheck.ParsedPart]
        do {
            parts = try Composer.parse(macro, desk: library, catalogue: catalogue)
        } catch {
            if case let .invalidTemplate(path, line, column, message) = error {
                throw DeskExportError(path: path, line: line, column: column, message: "macro '\(macro.title)' not converted: \(message)")
            }
            throw DeskExportError(path: macro.path ?? library.path, at: macro.titleAt, message: "macro '\(macro.title)' not converted: \(error)")
        }
        let dynamic = Set(parts.flatMap(\.usage.uses).map(\.path).filter { $0.hasPrefix("dc.") })
        let items = library.dynamicContent.filter { dynamic.contains("dc.\($0.name)") }
        var languages = Array(Set(items.flatMap { $0.variants.map { TemplateLocale.language($0.locale) } })).sorted()
        if languages.isEmpty { languages = [macro.language.map(TemplateLocale.language) ?? detect(macro, parts, library, catalogue, linter)] }
        var files: [(String, String)] = []
        for language in languages {
            do {
                var id = DeskConversion.templateID(macro.title, language: language)
                if taken.contains("\(id).\(language).mustache") { id = DeskConversion.slug(macro.title) }
                files.append(try file(macro, parts, id: id, language: language, languages: languages.count, library, catalogue))
            } catch {
                if languages.count == 1 { throw error }
                refusals.append(error)
            }
        }
        return files
    }

    /// The template file of `macro` in `language`: its name and text.
    private func file(_ macro: DeskMacro, _ parts: [DeskCheck.ParsedPart], id: String, language: String, languages: Int,
                      _ library: DeskLibrary, _ catalogue: DeskCatalogue) throws(DeskExportError) -> (String, String) {
        var conversion = DeskConversion(catalogue: catalogue, dynamicContent: library.dynamicContent, language: language)
        var subject = ""
        var body = ""
        for part in parts {
            let source: String
            do {
                source = try conversion.mustache(part.nodes)
            } catch {
                let at = part.part.source.position(ofScalar: error.offset)
                let which = languages > 1 ? " in \(language)" : ""
                throw DeskExportError(path: macro.path ?? library.path, at: at, message: "macro '\(macro.title)' not converted\(which): \(part.part.field): \(error.message)")
            }
            switch part.part.kind {
            case .subject: subject = source.replacingOccurrences(of: "\n", with: " ")
            case .html where macro.body?.field == part.part.field: body = HTMLText.text(from: source)
            case .text where macro.body?.field == part.part.field: body = source
            default: break
            }
        }
        if subject.isEmpty {
            let ticket = catalogue.ticketSubject
            subject = "Re: {{\(ticket.name)}}"
            conversion.add(DeskConversion.Variable(name: ticket.name, kind: .string, optional: false,
                                                   example: catalogue.placeholder(ticket.path)?.sample ?? macro.title))
        }
        return ("\(id).\(language).mustache", Self.file(id: id, language: language, macro: macro, desk: library.desk,
                                                        variables: conversion.variables, subject: subject, body: body))
    }

    /// The language the macro is written in, from a sample render.
    private func detect(_ macro: DeskMacro, _ parts: [DeskCheck.ParsedPart], _ library: DeskLibrary, _ catalogue: DeskCatalogue, _ linter: Linter?) -> String {
        let rendering = DeskRendering(catalogue: catalogue, dynamicContent: library.dynamicContent)
        let values = rendering.values(for: parts.flatMap(\.usage.uses).map(\.path), language: "en", mode: .sample)
        var text = ""
        for part in parts where part.part.kind != .subject {
            var renderer = LiquidRenderer(values: values)
            text += renderer.render(part.nodes)
        }
        let bytes = DeskDraft.bytes(subject: macro.title, body: text, html: macro.body?.kind == .html, language: nil, values: DeskRendering.standIns("en"))
        return (try? linter?.draft(bytes).language.code) ?? "en"
    }

    static func file(id: String, language: String, macro: DeskMacro, desk: DeskSource, variables: [DeskConversion.Variable],
                     subject: String, body: String) -> String {
        var text = "---\nid: \(id)\nlocale: \(language)\n"
        text += "description: \(quoted(macro.description.flatMap { $0.isEmpty ? nil : $0 } ?? macro.title))\n"
        text += "tags: [\(desk.rawValue)]\n"
        if !variables.isEmpty {
            text += "variables:\n"
            for variable in variables {
                let required = !variable.optional || (variable.unguarded && variable.fallback == nil)
                var fields = ["type: \(variable.kind.rawValue)", "required: \(required)"]
                if let fallback = variable.fallback, !required { fields.append("fallback: \(quoted(fallback))") }
                if let example = variable.example, !example.isEmpty { fields.append("example: \(quoted(example))") }
                text += "  \(variable.name): { \(fields.joined(separator: ", ")) }\n"
            }
        }
        text += "---\nSubject: \(subject.trimmingWhitespace)\n\n"
        text += String(body.trimmingWhitespace) + "\n"
        return text
    }

    /// A YAML double-quoted string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

extension DeskConversion {
    mutating func add(_ variable: Variable) {
        if !variables.contains(where: { $0.name == variable.name }) { appendVariable(variable) }
    }
}
