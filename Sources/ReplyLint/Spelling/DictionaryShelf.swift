import Foundation
import Synchronization

/// The Hunspell dictionaries of this process, each loaded on first use and kept:
/// loading one takes from milliseconds (id_ID) to a good part of a second (el_GR).
final class DictionaryShelf: Sendable {
    enum Lookup: Sendable {
        case found(SpellChecker)
        /// No `<name>.aff` and `<name>.dic` in any of the folders.
        case missing(lookedIn: [String])
    }

    static let shared = DictionaryShelf(folders: DictionaryShelf.defaultFolders())

    /// `REPLYLINT_DICTIONARIES` (folders separated by `:`) when set, else where Debian
    /// installs hunspell-* and myspell-* packages.
    static func defaultFolders(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        if let override = environment["REPLYLINT_DICTIONARIES"], !override.isEmpty {
            return override.split(separator: ":").map(String.init)
        }
        return ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell"]
    }

    /// One dictionary's place on the shelf, with its own lock so that loading el_GR
    /// does not hold up drafts that need en_US.
    private final class Slot: Sendable {
        let lookup = Mutex<Lookup?>(nil)
    }

    let folders: [String]
    private let slots = Mutex<[String: Slot]>([:])

    init(folders: [String]) {
        self.folders = folders
    }

    /// The dictionary called `name` (`en_US`), loading it the first time. Threads asking for
    /// it meanwhile wait for that one load rather than each reading the files again.
    func checker(_ name: String) -> Lookup {
        let slot = slots.withLock { slots in
            if let slot = slots[name] { return slot }
            let slot = Slot()
            slots[name] = slot
            return slot
        }
        return slot.lookup.withLock { lookup in
            if let lookup { return lookup }
            let loaded = load(name)
            lookup = loaded
            return loaded
        }
    }

    /// Starts loading these dictionaries on background threads, largest effect first: a
    /// draft that needs one meanwhile waits for it, and no core sits idle while it loads.
    func preload(_ names: [String]) {
        for name in names {
            DispatchQueue.global(qos: .userInitiated).async { _ = self.checker(name) }
        }
    }

    private func load(_ name: String) -> Lookup {
        // A name is a file name, never a path.
        guard !name.isEmpty, !name.contains("/") else { return .missing(lookedIn: folders) }
        for folder in folders {
            let base = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            let affix = base + ".aff", dictionary = base + ".dic"
            guard FileManager.default.isReadableFile(atPath: affix),
                  FileManager.default.isReadableFile(atPath: dictionary),
                  let checker = SpellChecker(name: name, affix: affix, dictionary: dictionary)
            else { continue }
            return .found(checker)
        }
        return .missing(lookedIn: folders)
    }
}
