/// Walks the MIME tree in document order without recursion, collecting leaf parts.
struct PartWalk {
    let bytes: [UInt8]
    let lines: SourceLines
    let limits: MessageLimits
    var leaves: [LeafPart] = []
    var problems: [MessageProblem] = []

    /// An entity whose headers are read and whose body is not yet.
    private struct Entity {
        var headers: HeaderSection
        /// The 1-based line where its headers start.
        var line: Int
        var end: Int
        var depth: Int
        var defaultType: String
        var isTopLevel: Bool
        /// Where the entity stands in the tree, for choosing the body.
        var place = PartPlace()
    }

    /// Numbers the multipart entities, so that leaves know their siblings.
    private var multipartCount = 0

    init(bytes: [UInt8], lines: SourceLines, limits: MessageLimits) {
        self.bytes = bytes
        self.lines = lines
        self.limits = limits
    }

    mutating func run(_ top: HeaderSection) throws(MessageError) {
        var stack = [Entity(headers: top, line: 1, end: bytes.count, depth: 0, defaultType: "text/plain", isTopLevel: true)]
        while let entity = stack.popLast() {
            let contentType = self.contentType(of: entity)
            guard contentType.value.hasPrefix("multipart/") else {
                addLeaf(entity.headers, line: entity.line, end: entity.end, isTopLevel: entity.isTopLevel,
                        contentType: contentType, place: entity.place)
                continue
            }
            if let children = try children(of: entity, contentType: contentType) {
                stack += children.reversed()
            } else {
                var asText = contentType
                asText.value = "text/plain"
                var place = entity.place
                place.isBrokenMultipart = true
                addLeaf(entity.headers, line: entity.line, end: entity.end, isTopLevel: entity.isTopLevel,
                        contentType: asText, place: place)
            }
        }
    }

    private mutating func contentType(of entity: Entity) -> HeaderParameters {
        guard let field = entity.headers.field("Content-Type") else {
            return HeaderParameters(value: entity.defaultType, parameters: [:])
        }
        var parsed = HeaderParameters.parse(field.rawValue)
        problems += parsed.problems.map { field.problem("\($0) in 'Content-Type'") }
        let pieces = parsed.value.split(separator: "/", omittingEmptySubsequences: false)
        if pieces.count != 2 || pieces.contains(where: \.isEmpty) {
            problems.append(field.problem("bad content-type '\(field.value)'; read as \(entity.defaultType)"))
            parsed.value = entity.defaultType
        }
        return parsed
    }

    /// The parts of a multipart entity, or nil when its body must be read as text instead.
    private mutating func children(of entity: Entity, contentType: HeaderParameters) throws(MessageError) -> [Entity]? {
        // Problems point at the Content-Type that declared the multipart.
        let line = entity.headers.field("Content-Type")?.line ?? entity.line
        let depth = entity.depth + 1
        if depth > limits.maxDepth { throw .nestedTooDeep(limit: limits.maxDepth, line: line) }
        let here = SourcePosition(line: line, column: 1)
        guard let boundary = contentType["boundary"], !boundary.isEmpty else {
            problems.append(MessageProblem(area: .body, message: "'\(contentType.value)' on line \(line) has no boundary; read as text",
                                           position: here))
            return nil
        }
        let body = MultipartBody(bytes, in: entity.headers.bodyStart..<entity.end, boundary: Array(boundary.utf8))
        guard body.foundDelimiter else {
            problems.append(MessageProblem(area: .body, message: "boundary '\(boundary)' of the multipart on line \(line) never found; read as text",
                                           position: here))
            return nil
        }
        if !body.isClosed {
            problems.append(MessageProblem(area: .body, message: "missing closing boundary '--\(boundary)--' for the multipart on line \(line)",
                                           position: SourcePosition(line: lines.line(at: max(entity.end - 1, 0)), column: 1)))
        }
        let childType = contentType.value == "multipart/digest" ? "message/rfc822" : "text/plain"
        multipartCount += 1
        var children: [Entity] = []
        for range in body.parts where !range.isEmpty {
            let partLine = lines.line(at: range.lowerBound)
            let headers = try HeaderSection.parse(bytes, in: range, firstLine: partLine, limits: limits)
            problems += headers.problems
            let place = PartPlace(parent: multipartCount, parentType: contentType.value,
                                  isRelatedResource: entity.place.isRelatedResource)
            children.append(Entity(headers: headers, line: partLine, end: range.upperBound, depth: depth,
                                   defaultType: childType, isTopLevel: false, place: place))
        }
        if contentType.value == "multipart/related" { Self.markResources(&children, start: contentType["start"]) }
        return children
    }

    /// RFC 2387: the root of a `multipart/related` is the part its `start` names, else the
    /// first; the others are resources the root refers to (images, style), never the body.
    private static func markResources(_ children: inout [Entity], start: String?) {
        let id = { (entity: Entity) in entity.headers.field("Content-ID")?.value.trimmingBlanks() }
        let root = start.flatMap { start in children.firstIndex { id($0) == start.trimmingBlanks() } } ?? 0
        for index in children.indices where index != root { children[index].place.isRelatedResource = true }
    }
}
