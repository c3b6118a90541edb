import Foundation

/// `templates check` on a help desk's export: each macro's placeholder syntax, that every
/// placeholder is one the desk documents, fallbacks where an empty value shows, the macro
/// rendered with sample values and with every optional value empty and linted, and the
/// languages of its dynamic content. Findings are `template.*` diagnostics placed in the export.
public struct DeskChecker: Sendable {
    /// What to read: the export, which desk made it (nil: from its shape), and the files
    /// given beside it (Zendesk's dynamic content and locales).
    public struct Input: Sendable {
        public var path: String
        public var source: DeskSource?
        public var dynamicContent: String?
        public var locales: String?

        public init(path: String, source: DeskSource? = nil, dynamicContent: String? = nil, locales: String? = nil) {
            (self.path, self.source, self.dynamicContent, self.locales) = (path, source, dynamicContent, locales)
        }
    }

    public init() {}

    /// One report per macro (in export order), then one per dynamic-content item with findings.
    /// Throws when a file cannot be read as the desk's export at all.
    public func check(_ input: Input) throws(DeskExportError) -> [FileReport] {
        let library = try DeskReader.read(input)
        let catalogue: DeskCatalogue
        do {
            catalogue = try DeskCatalogue.shipped(library.desk)
        } catch {
            throw DeskExportError(path: error.path, message: error.message)
        }
        let linter = try? Linter(preloadsDictionaries: true)
        let context = DeskCheck(library: library, catalogue: catalogue, linter: linter)
        var reports = library.macros.map(context.report)
        for (index, finding) in context.missingLanguages() {
            reports[index].diagnostics.append(finding)
            reports[index].diagnostics.sort { ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule) }
        }
        reports += context.dynamicContentReports()
        return reports
    }
}

/// Reads an export and the files beside it into a `DeskLibrary`.
enum DeskReader {
    static func read(_ input: DeskChecker.Input) throws(DeskExportError) -> DeskLibrary {
        if input.source == .folder || (input.source == nil && DeskSource.isMacroFolder(input.path)) {
            return try FolderExport.macros(input.path)
        }
        let json = try DeskExportFile.read(input.path)
        let desk = input.source ?? DeskSource.detect(json)
        guard let desk else {
            throw DeskExportError(path: input.path, at: json.at,
                                  message: "not an export replylint knows; name the desk with --source (\(DeskSource.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var library: DeskLibrary
        switch desk {
        case .zendesk:
            library = try ZendeskExport.macros(json, path: input.path)
            let locales = try input.locales.map { path throws(DeskExportError) in
                try ZendeskExport.locales(try DeskExportFile.read(path), path: path)
            } ?? [:]
            if let path = input.dynamicContent {
                library.dynamicContentPath = path
                library.dynamicContent = try ZendeskExport.dynamicContent(try DeskExportFile.read(path), path: path, locales: locales)
            }
        case .gorgias:
            library = try GorgiasExport.macros(json, path: input.path)
        case .freshdesk:
            library = try FreshdeskExport.responses(json, path: input.path)
        case .helpscout:
            library = try HelpScoutExport.savedReplies(json, path: input.path)
        case .intercom:
            library = try IntercomExport.macros(json, path: input.path)
        case .folder:
            library = try FolderExport.macros(input.path)
        }
        return library
    }
}
