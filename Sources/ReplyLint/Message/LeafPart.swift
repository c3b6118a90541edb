/// A leaf part found by the MIME walk, with what decoding its text needs.
struct LeafPart {
    var part: MessagePart
    var contentType: HeaderParameters
    /// The body's bytes in the file.
    var bodyRange: Range<Int>
    /// The 1-based file line of the body's first line.
    var bodyLine: Int
    /// The transfer-decoded body, kept only for parts that may become the message body.
    var decoded: [UInt8]
    var place: PartPlace
    /// A text part with a file name and no Content-Disposition: inline by default (RFC 2183
    /// §2.8), so the body when nothing better is there, and an attachment beside a body.
    var isNamedWithoutDisposition = false

    /// An inline text/plain or text/html part.
    var isTextCandidate: Bool {
        !part.isAttachment && (part.contentType == "text/plain" || part.contentType == "text/html")
    }
}

/// Where a leaf stands in the MIME tree.
struct PartPlace: Equatable {
    /// The number of the multipart it is a child of (0 for the top level).
    var parent = 0
    /// That multipart's lower-cased type, empty at the top level.
    var parentType = ""
    /// Inside a `multipart/related` but not its root.
    var isRelatedResource = false
    /// A multipart with no usable boundary, read as text.
    var isBrokenMultipart = false
}

extension PartWalk {
    mutating func addLeaf(_ headers: HeaderSection, line: Int, end: Int, isTopLevel: Bool, contentType: HeaderParameters,
                          place: PartPlace) {
        let type = contentType.value
        let disposition = headers.field("Content-Disposition").map { HeaderParameters.parse($0.rawValue) }
        let filename = disposition?["filename"] ?? contentType["name"]
        // An unknown disposition type is read as attachment (RFC 2183 §2.8).
        let isAttachment = disposition.map { !$0.value.isEmpty && $0.value != "inline" } ?? false
            || type == "message/rfc822" || !type.hasPrefix("text/")
        let range = headers.bodyStart..<max(headers.bodyStart, end)
        let partLine = isTopLevel ? headers.bodyLine : line
        let encodingField = headers.field("Content-Transfer-Encoding")
        let encoding = encodingField.map { $0.rawValue.trimmingBlanks().lowercased() }.flatMap { $0.isEmpty ? nil : $0 } ?? "7bit"
        let (decoded, trouble) = Self.transferDecoded(bytes[range], encoding: encoding)
        if let trouble {
            let message = trouble.what + " in part on line \(partLine)" + (trouble.outcome.map { "; \($0)" } ?? "")
            problems.append(MessageProblem(area: .body, message: message, position: SourcePosition(line: partLine, column: 1)))
        }
        let part = MessagePart(contentType: type, charset: contentType["charset"]?.lowercased(), transferEncoding: encoding,
                               isAttachment: isAttachment, filename: filename, size: decoded.count, line: partLine)
        var leaf = LeafPart(part: part, contentType: contentType, bodyRange: range, bodyLine: headers.bodyLine, decoded: [],
                            place: place, isNamedWithoutDisposition: disposition == nil && filename != nil)
        if leaf.isTextCandidate { leaf.decoded = decoded }
        leaves.append(leaf)
    }

    /// The body with its Content-Transfer-Encoding undone, and what went wrong and what was done about it.
    static func transferDecoded(_ body: ArraySlice<UInt8>, encoding: String)
        -> ([UInt8], (what: String, outcome: String?)?) {
        switch encoding {
        case "base64":
            let result = TransferDecoding.base64(body)
            return (result.bytes, result.damaged ? ("damaged base64", nil) : nil)
        case "quoted-printable":
            let result = TransferDecoding.quotedPrintable(body)
            return (result.bytes, result.damaged ? ("damaged quoted-printable", nil) : nil)
        case "7bit", "8bit", "binary":
            return (Array(body), nil)
        default:
            return (Array(body), ("unknown content-transfer-encoding '\(encoding)'", "read as 8bit"))
        }
    }
}
