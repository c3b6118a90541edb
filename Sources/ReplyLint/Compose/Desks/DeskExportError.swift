/// Why an export cannot be read at all: not JSON, cut short, too large, or not in the shape of
/// the desk's API. One line, naming the file and where in it; the front ends exit 2 on it.
public struct DeskExportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String

    init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        (self.path, self.line, self.column, self.message) = (path, line, column, message)
    }

    init(path: String, at position: DeskPosition, message: String) {
        self.init(path: path, line: position.line, column: position.column, message: message)
    }

    public var description: String {
        guard let line else { return "\(path): \(message)" }
        return "\(path):\(line):\(column ?? 1): \(message)"
    }
}
