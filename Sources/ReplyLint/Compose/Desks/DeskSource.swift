import Foundation

/// The help desks whose exports `templates check`, `templates convert` and `compose` read
/// (docs/templates.md, "Help-desk exports").
public enum DeskSource: String, Sendable, CaseIterable {
    case zendesk, gorgias, freshdesk, helpscout, intercom
    /// A plain folder of Liquid or Mustache files, one macro each.
    case folder

    /// The desk's name as its users write it.
    public var name: String {
        switch self {
        case .zendesk: "Zendesk"
        case .gorgias: "Gorgias"
        case .freshdesk: "Freshdesk"
        case .helpscout: "Help Scout"
        case .intercom: "Intercom"
        case .folder: "folder"
        }
    }

    /// Whether `path` is a folder of macro files (`*.liquid`, or `*.mustache`, `*.md`, `*.txt`
    /// with no front matter) rather than a template library in our format.
    public static func isMacroFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue && FolderExport.matches(path)
    }

    /// The desk whose export `json` looks like, from its shape; nil when none fits.
    static func detect(_ json: DeskJSON) -> DeskSource? {
        if json["macros"]?.elements != nil || json["macro"]?.members != nil { return .zendesk }
        if GorgiasExport.matches(json) { return .gorgias }
        if IntercomExport.matches(json) { return .intercom }
        if FreshdeskExport.matches(json) { return .freshdesk }
        if HelpScoutExport.matches(json) { return .helpscout }
        return nil
    }
}

/// An export file read as JSON, under the size limit.
enum DeskExportFile {
    /// Exports larger than this are refused before they are read: the largest real libraries
    /// are a few megabytes, and a positioned tree costs several times the file.
    static let maxBytes = 32 << 20

    static func read(_ path: String) throws(DeskExportError) -> DeskJSON {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let attributes else { throw DeskExportError(path: path, message: "cannot read the export") }
        if attributes[.type] as? FileAttributeType == .typeDirectory {
            throw DeskExportError(path: path, message: "is a folder, not an export file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maxBytes else {
            throw DeskExportError(path: path, message: "the export is \(Self.megabytes(size)); exports over \(Self.megabytes(maxBytes)) are refused (split it by page)")
        }
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.read(upToCount: maxBytes + 1) else {
            throw DeskExportError(path: path, message: "cannot read the export")
        }
        guard data.count <= maxBytes else {
            throw DeskExportError(path: path, message: "the export is over \(Self.megabytes(maxBytes)); exports that large are refused (split it by page)")
        }
        return try DeskJSONParser.parse([UInt8](data), path: path)
    }

    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / Double(1 << 20)
        return value >= 10 || value == value.rounded() ? "\(Int(value.rounded())) MB" : String(format: "%.1f MB", value)
    }
}
