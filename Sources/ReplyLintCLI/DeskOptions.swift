import ArgumentParser
import Foundation
import ReplyLint

/// Options of the commands that read a help desk's export (`templates check`, `templates convert`, `compose`).
struct DeskOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The help desk that made the export (\(DeskSource.allCases.map(\.rawValue).joined(separator: ", "))); otherwise found from the file's shape.",
                               valueName: "desk"))
    var source: DeskSource?

    @Option(name: .customLong("dynamic-content"),
            help: ArgumentHelp("Zendesk: the dynamic-content export (GET /api/v2/dynamic_content/items) the macros' {{dc.…}} come from.", valueName: "file"))
    var dynamicContent: String?

    @Option(help: ArgumentHelp("Zendesk: the locales export (GET /api/v2/locales) that names the dynamic content's locale ids.", valueName: "file"))
    var locales: String?

    func input(_ path: String) -> DeskChecker.Input {
        DeskChecker.Input(path: path, source: source, dynamicContent: dynamicContent, locales: locales)
    }

    /// Whether `path` is an export rather than a template folder.
    static func isExport(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}

extension DeskSource: ExpressibleByArgument {}
