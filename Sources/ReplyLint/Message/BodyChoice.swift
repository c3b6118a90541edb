/// Chooses the leaf parts a reader sees as the body, the way Python's `email` package
/// (`EmailMessage.get_body`) and mail clients do, and past where they stop:
/// - only inline text/plain and text/html parts are candidates, and in a `multipart/related`
///   only its root (RFC 2387);
/// - a part with text beats an empty one, so an empty or boundary-less nested multipart,
///   read as text, never hides a real sibling;
/// - an unnamed part beats a text part that only has a file name (inline by default,
///   RFC 2183 §2.8, so it is the body when nothing else is, and an attachment beside one);
/// - text/plain beats text/html, then the first in the file wins;
/// - later inline parts of the same type beside it in a `multipart/mixed` (the text a client
///   such as Apple Mail writes after an inline image) continue the body.
enum BodyChoice {
    /// Indices into `leaves` of the body's parts, in file order; empty when there is no text part.
    /// Named text parts left out of the body become attachments.
    static func choose(_ leaves: inout [LeafPart]) -> [Int] {
        let candidates = leaves.indices.filter { leaves[$0].isTextCandidate && !leaves[$0].place.isRelatedResource }
        guard let chosen = candidates.min(by: { rank(leaves[$0], $0).lexicographicallyPrecedes(rank(leaves[$1], $1)) }) else {
            markNamedAttachments(&leaves, body: [])
            return []
        }
        var body = [chosen]
        let first = leaves[chosen]
        if first.place.parentType.hasPrefix("multipart/"), first.place.parentType != "multipart/alternative" {
            body += candidates.filter { index in
                let leaf = leaves[index]
                return index > chosen && leaf.place.parent == first.place.parent
                    && leaf.part.contentType == first.part.contentType && leaf.part.filename == nil
                    && !leaf.place.isBrokenMultipart && !isBlank(leaf)
            }
        }
        markNamedAttachments(&leaves, body: body)
        return body
    }

    /// Lower is better; the index keeps file order among equals.
    private static func rank(_ leaf: LeafPart, _ index: Int) -> [Int] {
        [isBlank(leaf) ? 1 : 0, leaf.place.isBrokenMultipart ? 1 : 0, leaf.isNamedWithoutDisposition ? 1 : 0,
         leaf.part.contentType == "text/plain" ? 0 : 1, index]
    }

    private static func markNamedAttachments(_ leaves: inout [LeafPart], body: [Int]) {
        let body = Set(body)
        for index in leaves.indices where !body.contains(index)
            && (leaves[index].isNamedWithoutDisposition || leaves[index].place.isRelatedResource) {
            leaves[index].part.isAttachment = true
        }
    }

    /// No text a reader would see: only blanks, and in HTML only blanks between tags.
    static func isBlank(_ leaf: LeafPart) -> Bool {
        let isHTML = leaf.part.contentType == "text/html"
        var inTag = false
        for byte in leaf.decoded {
            if isHTML, byte == UInt8(ascii: "<") { inTag = true }
            if inTag {
                if byte == UInt8(ascii: ">") { inTag = false }
                continue
            }
            if byte != 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return false }
        }
        return true
    }
}
