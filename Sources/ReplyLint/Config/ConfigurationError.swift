/// A configuration or rule-data file replylint could not use. Carries the file and,
/// where known, the line and column of the offending key.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        switch (line, column) {
        case let (line?, column?): "\(path):\(line):\(column): \(message)"
        case let (line?, nil): "\(path):\(line): \(message)"
        default: "\(path): \(message)"
        }
    }
}
