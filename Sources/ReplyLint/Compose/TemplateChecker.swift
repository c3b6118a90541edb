import Foundation

/// `templates check`: reads a template folder and checks every template in it (docs/templates.md):
/// that it loads, that its variables are declared, used and guarded, that its partials exist, that
/// its examples render and lint clean, that it greets the customer by name, and that every id has
/// the languages the library has.
public struct TemplateChecker: Sendable {
    let exampleValues: TemplateExampleValues

    public init() { self.init(exampleValues: .composed) }

    init(exampleValues: TemplateExampleValues) { self.exampleValues = exampleValues }

    /// Checks `directory`; nil when it cannot be read.
    public func check(directory: String) -> TemplateCheckReport? {
        guard let folder = TemplateFolder.read(directory) else { return nil }
        let library = folder.library
        var options = Linter.Options()
        options.preloadsDictionaries = true
        let linter = try? Linter(options: options)
        var reports: [TemplateFileReport] = folder.problems.map { problem in
            let (id, locale) = Self.names(problem.path)
            return TemplateFileReport(path: problem.path, id: id, locale: locale, findings: [
                TemplateFinding(check: problem.kind.rawValue, severity: .error, message: problem.message,
                                line: problem.line, column: problem.column),
            ])
        }
        let missingLocales = Self.missingLocales(folder.files, defaultLocale: library.defaultLocale)
        for file in folder.files {
            var findings = variableFindings(file, library: library)
            if !findings.contains(where: { $0.check == "partial-missing" || $0.check == "syntax" }) {
                findings += exampleFindings(file, library: library, linter: linter)
            }
            if let missing = missingLocales[file.template.path] {
                findings.append(finding("locale-missing", .warning, file.frontMatter.localePosition,
                                        "'\(file.template.id)' has no \(missing.joined(separator: ", ")) variant; other templates have \(missing.count == 1 ? "one" : "them")"))
            }
            findings.sort { ($0.line, $0.column, $0.check) < ($1.line, $1.column, $1.check) }
            reports.append(TemplateFileReport(path: file.template.path, id: file.template.id,
                                              locale: file.template.locale, findings: findings))
        }
        return TemplateCheckReport(templates: reports.sorted { $0.path < $1.path })
    }

    func finding(_ check: String, _ severity: Severity, _ at: TemplatePosition, _ message: String) -> TemplateFinding {
        TemplateFinding(check: check, severity: severity, message: message, line: at.line, column: at.column)
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
