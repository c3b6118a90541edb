import Foundation

/// Where a draft comes from: a file, standard input, or bytes a front end already holds (an
/// MCP call, a message in the milter). Every kind is read under the same size limit.
public struct DraftSource: Sendable {
    enum Origin: Sendable, Equatable {
        case file(String)
        case standardInput
        case bytes([UInt8])
    }

    let origin: Origin
    /// The name reports show: the path as given, `<stdin>`, or the name a front end chose.
    public let displayName: String
    /// The folder a config search starts from.
    public let directory: String

    /// The file at `path`; its config is searched from its folder.
    public static func file(_ path: String) -> DraftSource {
        let folder = folderPart(of: path)
        return DraftSource(origin: .file(path), displayName: path,
                           directory: folder.isEmpty ? FileManager.default.currentDirectoryPath : folder)
    }

    /// Standard input, shown as `<stdin>`, or as `name` (`--stdin-filename`), whose folder
    /// then starts the config search.
    public static func standardInput(name: String? = nil) -> DraftSource {
        let cwd = FileManager.default.currentDirectoryPath
        guard let name else { return DraftSource(origin: .standardInput, displayName: "<stdin>", directory: cwd) }
        return DraftSource(origin: .standardInput, displayName: name, directory: Self.folder(of: name, in: cwd))
    }

    /// Bytes held in memory, shown as `name`; the config is searched from `name`'s folder.
    public static func bytes(_ bytes: [UInt8], name: String) -> DraftSource {
        let cwd = FileManager.default.currentDirectoryPath
        return DraftSource(origin: .bytes(bytes), displayName: name, directory: Self.folder(of: name, in: cwd))
    }

    /// The file this source rewrites with `check --fix --in-place`; nil unless it is a file.
    public var path: String? {
        if case let .file(path) = origin { return path }
        return nil
    }

    /// The command line's paths as drafts: `-` is standard input, a folder gives every `*.eml`
    /// under it (recursively, sorted), a file is itself. No paths means standard input.
    public static func collect(_ paths: [String], standardInputName: String? = nil) -> (sources: [DraftSource], missing: [String]) {
        if paths.isEmpty { return ([.standardInput(name: standardInputName)], []) }
        var sources: [DraftSource] = []
        var missing: [String] = []
        let fm = FileManager.default
        for path in paths {
            if path == standardInputPath {
                sources.append(.standardInput(name: standardInputName))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { missing.append(path); continue }
            guard isDirectory.boolValue else { sources.append(.file(path)); continue }
            let files = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { $0.lowercased().hasSuffix(".eml") }.sorted()
            sources += files.map { .file((path as NSString).appendingPathComponent($0)) }
        }
        return (sources, missing)
    }

    /// The path that means standard input on a command line.
    public static let standardInputPath = "-"

    /// Whether `path` names a folder (where `check --fix` without `--in-place` cannot print one draft).
    public static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func folder(of name: String, in cwd: String) -> String {
        let folder = folderPart(of: name)
        if folder.isEmpty { return cwd }
        return folder.hasPrefix("/") ? folder : (cwd as NSString).appendingPathComponent(folder)
    }
}

/// The folder part of `path`, as `NSString.deletingLastPathComponent` gives it ("" for a bare
/// name, "/" for a name at the root), which Foundation on Linux traps on for a one-character
/// name (`x`, `a/`).
func folderPart(of path: String) -> String {
    var path = Substring(path)
    while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
    guard let slash = path.lastIndex(of: "/") else { return "" }
    var folder = path[..<slash]
    while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
    return folder.isEmpty ? "/" : String(folder)
}

extension OriginalMessage {
    /// The Date and From of the customer's message read from `source` (`--original`, an MCP
    /// argument), under the message size limit.
    public static func read(_ source: DraftSource) -> Result<OriginalMessage, LintFailure> {
        source.read().flatMap { bytes in
            Result { () throws(MessageError) in try OriginalMessage(bytes: bytes) }
                .mapError { LintFailure($0, subject: source.displayName) }
        }
    }
}
