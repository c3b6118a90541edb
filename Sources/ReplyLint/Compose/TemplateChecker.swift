import Foundation

/// `templates check`: reads a template folder and checks every template in it (docs/templates.md):
/// that it loads, that its variables are declared, used and guarded, that its partials exist, that
/// its examples render and lint clean, that it greets the customer by name, and that every id has
/// the languages the library has.
public struct TemplateChecker: Sendable {
    let exampleValues: TemplateExampleValues

    public init() { self.init(exampleValues: .composed) }

    init(exampleValues: TemplateExampleValues) { self.exampleValues = exampleValues }

    /// Checks `directory`: one report per template file (and per partial that does not load),
    /// in path order, whose diagnostics' rules are `template.<check>`; nil when the folder
    /// cannot be read.
    public func check(directory: String) -> [FileReport]? {
        guard let folder = TemplateFolder.read(directory) else { return nil }
        let library = folder.library
        let linter = try? Linter(preloadsDictionaries: true)
        var reports: [FileReport] = folder.problems.map { problem in
            let (id, locale) = Self.names(problem.path)
            return FileReport(path: problem.path, locale: locale, templateID: id, diagnostics: [
                finding(problem.kind.rawValue, .error, TemplatePosition(line: problem.line, column: problem.column), problem.message),
            ])
        }
        let missingLocales = Self.missingLocales(folder.files, defaultLocale: library.defaultLocale)
        for file in folder.files {
            var findings = variableFindings(file, library: library)
            if !findings.contains(where: { $0.rule == "template.partial-missing" || $0.rule == "template.syntax" }) {
                findings += exampleFindings(file, library: library, linter: linter)
            }
            if let missing = missingLocales[file.template.path] {
                findings.append(finding("locale-missing", .warning, file.frontMatter.localePosition,
                                        "'\(file.template.id)' has no \(missing.joined(separator: ", ")) variant; other templates have \(missing.count == 1 ? "one" : "them")"))
            }
            findings.sort { ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule) }
            reports.append(FileReport(path: file.template.path, locale: file.template.locale,
                                      templateID: file.template.id, diagnostics: findings))
        }
        return reports.sorted { $0.path < $1.path }
    }

    /// A finding of check `template.<check>` at a place in the template file, as wide as the
    /// tag it is about (one column when it is about a place).
    func finding(_ check: String, _ severity: Severity, _ at: TemplatePosition, _ message: String) -> Diagnostic {
        Diagnostic(rule: "template.\(check)", severity: severity, message: message, line: at.line, column: at.column,
                   endLine: at.line, endColumn: at.column + max(at.width, 1), excerpt: nil, suggestion: nil, note: nil)
    }

    /// For each id that lacks a language other templates have: the path of its file to report on
    /// (the default locale's, else the first) → the missing languages.
    static func missingLocales(_ files: [TemplateFile], defaultLocale: String) -> [String: [String]] {
        let languages = Set(files.map { TemplateLocale.normalized($0.template.locale) }.filter { !$0.contains("-") })
        var result: [String: [String]] = [:]
        for (_, variants) in Dictionary(grouping: files.map(\.template), by: \.id) {
            let present = Set(variants.map { TemplateLocale.normalized($0.locale) })
            let missing = languages.subtracting(present).sorted()
            guard !missing.isEmpty else { continue }
            let sorted = variants.sorted { $0.path < $1.path }
            let target = sorted.first { TemplateLocale.normalized($0.locale) == defaultLocale } ?? sorted[0]
            result[target.path] = missing
        }
        return result
    }

    /// The id and locale a file name gives (`refund.en.mustache`, `partials/signoff.mustache`).
    static func names(_ path: String) -> (String, String) {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let dot = stem.lastIndex(of: "."), TemplateLocale.isTag(String(stem[stem.index(after: dot)...])) else {
            return (stem, "")
        }
        return (String(stem[..<dot]), String(stem[stem.index(after: dot)...]))
    }
}
