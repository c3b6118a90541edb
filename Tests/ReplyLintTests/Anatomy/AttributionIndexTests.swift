import Foundation
import Testing
@testable import ReplyLint

/// The prefilter of attribution patterns may only leave out a pattern that cannot match: every
/// pattern that matches a line is among its candidates, whatever the line.
enum AttributionIndexSample {
    static func patterns() throws -> ReplyPatterns {
        let source = "From: Jo <jo@shop.example>\nTo: Anna <anna@example.org>\nSubject: Re: Refund\n\nHi Anna,\n"
        return try Linter().draft(Array(source.utf8)).languages.replies
    }

    /// Each pattern written out with sample values, and each of those a character short at
    /// several places, folded as the reader folds a line.
    static func lines(_ patterns: ReplyPatterns) -> [String] {
        var lines: [String] = ["", ":", "thanks for your patience:", "on mon, 16 nov 2026 at 09:00, anna wrote"]
        for pattern in patterns.attributions {
            let filled = pattern.text.replacingOccurrences(of: "{date}", with: "Mon, 16 Nov 2026 at 09:00")
                .replacingOccurrences(of: "{name}", with: "Anna Smith").replacingOccurrences(of: "{email}", with: "anna@example.org")
            let folded = TextFolding.foldPhrase(ReplyReader.unglued(filled))
            lines.append(folded)
            let characters = Array(folded)
            for cut in stride(from: 0, to: characters.count, by: 3) {
                var shorter = characters
                shorter.remove(at: cut)
                lines.append(String(shorter))
            }
        }
        return lines
    }
}

@Test func everyMatchingAttributionPatternIsACandidate() throws {
    let patterns = try AttributionIndexSample.patterns()
    #expect(patterns.attributions.count > 50)
    var matched = 0
    for line in AttributionIndexSample.lines(patterns) {
        let candidates = Set(patterns.attributionIndex.candidates(line))
        for (number, pattern) in patterns.attributions.enumerated() where !pattern.matches(line).isEmpty {
            matched += 1
            #expect(candidates.contains(number), "'\(pattern.text)' matches '\(line)' but was left out")
        }
    }
    #expect(matched > patterns.attributions.count)
}

@Test func aLineWithoutAnAttributionsWordsHasNoCandidates() throws {
    let patterns = try AttributionIndexSample.patterns()
    let index = patterns.attributionIndex
    #expect(index.candidates("thanks for your patience:").isEmpty)
    #expect(index.candidates("").isEmpty)
    // "wrote:" alone is enough for "{name} wrote:", and nothing in German is.
    let candidates = index.candidates("our courier sam lee wrote:").map { patterns.attributions[$0].text }
    #expect(candidates.contains("{name} wrote:"))
    #expect(!candidates.contains { $0.contains("schrieb") })
}

@Test func candidatesKeepThePatternsOrder() throws {
    let patterns = try AttributionIndexSample.patterns()
    let line = TextFolding.foldPhrase(ReplyReader.unglued("On Mon, 16 Nov 2026 at 09:00, Anna Smith <anna@example.org> wrote:"))
    let candidates = patterns.attributionIndex.candidates(line)
    #expect(candidates == candidates.sorted())
    #expect(candidates.count >= 4)
}
