/// Why a template or partial file could not be read, placed in the file, and which check of
/// `templates check` it belongs to.
struct TemplateProblem: Error, Sendable, Equatable {
    enum Kind: String, Sendable {
        /// File name, front matter or headers.
        case frontMatter = "front-matter"
        /// Mustache that does not parse.
        case syntax
    }

    var kind: Kind
    var path: String
    var line: Int
    var column: Int
    var message: String

    var composeError: ComposeError { .invalidTemplate(path: path, line: line, column: column, message: message) }
}

/// A 1-based line and column in a template file.
struct TemplatePosition: Sendable, Equatable {
    var line: Int
    var column: Int
    /// How many columns what it points at spans (a tag), for the finding's end.
    var width = 1
}
