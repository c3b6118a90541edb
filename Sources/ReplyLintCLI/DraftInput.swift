import Foundation

/// The drafts named on the command line: files, folders searched for `*.eml`, or standard input.
struct DraftInput {
    var path: String
    /// The folder a config search starts from.
    var directory: String

    static let standardInput = "-"

    static func collect(_ paths: [String]) -> (inputs: [DraftInput], missing: [String]) {
        if paths.isEmpty { return ([DraftInput(path: standardInput, directory: FileManager.default.currentDirectoryPath)], []) }
        var inputs: [DraftInput] = []
        var missing: [String] = []
        let fm = FileManager.default
        for path in paths {
            if path == standardInput {
                inputs.append(DraftInput(path: path, directory: fm.currentDirectoryPath))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { missing.append(path); continue }
            if isDirectory.boolValue {
                let files = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                    .filter { $0.lowercased().hasSuffix(".eml") }.sorted()
                for file in files {
                    let full = (path as NSString).appendingPathComponent(file)
                    inputs.append(DraftInput(path: full, directory: (full as NSString).deletingLastPathComponent))
                }
            } else {
                inputs.append(DraftInput(path: path, directory: (path as NSString).deletingLastPathComponent.isEmpty
                                         ? fm.currentDirectoryPath : (path as NSString).deletingLastPathComponent))
            }
        }
        return (inputs, missing)
    }

    func read() -> [UInt8]? {
        if path == Self.standardInput {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        return FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }
}
