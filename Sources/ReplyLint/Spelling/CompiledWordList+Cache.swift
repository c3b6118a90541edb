import Foundation

/// Where compiled word lists are kept, and compiling one the first time a dictionary is used.
extension CompiledWordList {
    /// Part of every list's name: a new format or a change to what is compiled makes new lists.
    static let formatVersion = "4"

    /// `REPLYLINT_CACHE`, else `$XDG_CACHE_HOME/replylint`, else `~/.cache/replylint`.
    static func cacheFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let folder = environment["REPLYLINT_CACHE"], !folder.isEmpty { return folder }
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty { return cache + "/replylint" }
        return (environment["HOME"] ?? NSTemporaryDirectory()) + "/.cache/replylint"
    }

    /// `en_US-<hash>`: the dictionary's name and a hash of its files' paths, sizes and
    /// modification times, so that a changed or moved dictionary gets a list of its own.
    static func key(name: String, affix: String, dictionary: String) -> String? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in formatVersion.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        for path in [affix, dictionary] {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
            else { return nil }
            for byte in Array("\(path)|\(size)|\(modified.timeIntervalSince1970)|".utf8) {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        return name + "-" + String(hash, radix: 16)
    }

    /// The compiled list of this dictionary from `folder`, compiling it first when it is not
    /// there (`hunspell` gives the loaded dictionary that checks each form): every form
    /// (`<key>.words`) when there are at most `maxForms` and no compounding, else the stems and
    /// rules (`<key>.stems`, `StemList`). Nil when the dictionary is outside the format
    /// `AffixExpansion` reads or nothing can be written: the caller then uses Hunspell alone.
    static func open(name: String, affix: String, dictionary: String, folder: String,
                     hunspell: () -> HunspellDictionary?) -> (any CompiledForms)? {
        guard let key = key(name: name, affix: affix, dictionary: dictionary) else { return nil }
        let file = folder + "/" + key + ".words", stemFile = folder + "/" + key + ".stems", skipped = folder + "/" + key + ".none"
        if let list = CompiledWordList(file: file) { return list }
        if let list = StemList(file: stemFile) { return list }
        if FileManager.default.fileExists(atPath: skipped) { return nil }
        let affixData = FileManager.default.contents(atPath: affix)
        let affixText = affixData.map { AffixExpansion.text(of: $0, affix: $0) }
        guard let affixData, let affixText, let expansion = AffixExpansion(affixText: affixText),
              let dictionaryData = FileManager.default.contents(atPath: dictionary)
        else {
            write(Data(), to: skipped, in: folder)
            return nil
        }
        var text = AffixExpansion.text(of: dictionaryData, affix: affixData)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let entries = AffixExpansion.entries(text)
        let compounding = compoundRuleFlags(affixText)
        let complete = expansion.compoundFlag == nil
            && !entries.contains { !$0.flags.isDisjoint(with: compounding) && !$0.word.contains(where: \.isNumber) }
        if expansion.compoundFlag == nil, let forms = compile(expansion, entries: entries, hunspell: hunspell) {
            guard write(encode(forms, complete: complete), to: file, in: folder) else { return nil }
            return CompiledWordList(file: file)
        }
        // A stem list is never complete: its lookup follows Hunspell's affix rules but not every
        // path Hunspell accepts by (hyphenated clitics, case variants), so a word it lacks is Hunspell's.
        guard let stems = StemList.compile(expansion, entries: entries, complete: false, hunspell: hunspell) else {
            write(Data(), to: skipped, in: folder)
            return nil
        }
        guard write(stems, to: stemFile, in: folder) else { return nil }
        return StemList(file: stemFile)
    }

    /// Every form of the dictionary that Hunspell accepts, as sorted UTF-8 bytes without repeats;
    /// nil when there are more than `maxForms`, or Hunspell does not load.
    static func compile(_ expansion: AffixExpansion, entries: [(word: [Character], flags: Set<Character>)],
                        hunspell: () -> HunspellDictionary?) -> [[UInt8]]? {
        var count = 0
        for entry in entries {
            count += expansion.formCount(of: entry.word, flags: entry.flags)
            if count > maxForms { return nil }
        }
        var forms = Set<String>()
        for entry in entries {
            for form in expansion.forms(of: entry.word, flags: entry.flags) { forms.insert(String(form)) }
        }
        guard let checker = hunspell() else { return nil }
        return forms.filter { checker.accepts($0) == true }.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The flags `COMPOUNDRULE` patterns name (`n*1t` → n, 1, t).
    static func compoundRuleFlags(_ affixText: String) -> Set<Character> {
        var flags = Set<Character>()
        for line in affixText.split(whereSeparator: \.isNewline) where line.hasPrefix("COMPOUNDRULE ") {
            let pattern = line.split(separator: " ").dropFirst().first ?? ""
            guard Int(pattern) == nil else { continue }  // the count line
            flags.formUnion(pattern.filter { !"*?()".contains($0) })
        }
        return flags
    }

    /// Writes `data` to a new file beside `path` and renames it over `path`, so that a reader
    /// sees the whole file or none, and two processes compiling at once both leave a whole file.
    @discardableResult
    static func write(_ data: Data, to path: String, in folder: String) -> Bool {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).tmp"
            guard FileManager.default.createFile(atPath: temporary, contents: data) else { return false }
            guard rename(temporary, path) == 0 else {
                try? FileManager.default.removeItem(atPath: temporary)
                return false
            }
            return true
        } catch {
            return false
        }
    }
}
