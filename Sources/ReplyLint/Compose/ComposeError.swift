/// Why a template could not be filled or a library read. Each names what and where.
public enum ComposeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Required values missing, empty or whitespace: every one is named.
    case missingValues(template: String, names: [String])
    /// A header-bound value holds CR or LF.
    case headerInjection(header: String, variable: String)
    case unknownTemplate(id: String, available: [String])
    case noVariant(id: String, locale: String)
    /// A file that is not a valid template: path, line, column and what is wrong.
    case invalidTemplate(path: String, line: Int, column: Int, message: String)
    case badValue(name: String, message: String)

    public var description: String {
        switch self {
        case let .missingValues(template, names):
            return "template '\(template)' needs \(names.map { "'\($0)'" }.joined(separator: ", "))"
        case let .headerInjection(header, variable):
            return "value of '\(variable)' would put a line break in the \(header) header; refused"
        case let .unknownTemplate(id, available):
            return "no template '\(id)'" + (available.isEmpty ? "" : " (templates: \(available.joined(separator: ", ")))")
        case let .noVariant(id, locale):
            return "template '\(id)' has no variant for '\(locale)' and no default"
        case let .invalidTemplate(path, line, column, message):
            return "\(path):\(line):\(column): \(message)"
        case let .badValue(name, message):
            return "value of '\(name)': \(message)"
        }
    }
}
