import Mustache

/// Mustache text from a template file, compiled as plain text: the pragma turns HTML escaping
/// off for everything it renders, partials included.
enum TemplateSource {
    static let textPragma = "{{% CONTENT_TYPE: TEXT}}"

    /// Parses `source`, which starts at `line`:`column` of the file at `path`.
    static func compile(_ source: String, path: String, line: Int, column: Int) throws(TemplateProblem) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: textPragma + source)
        } catch let error as MustacheTemplate.ParserError {
            // The parser notices an unclosed section only at the end; point at where it opens.
            if case .expectedSectionEnd? = error.error as? MustacheTemplate.Error,
               let open = MustacheTag.unclosedSections(source).last {
                throw TemplateProblem(kind: .syntax, path: path, line: line + open.line - 1,
                                      column: open.line == 1 ? column + open.column - 1 : open.column,
                                      message: "section '\(open.name)' is never closed; end it with {{/\(open.name)}}")
            }
            if let open = MustacheTag.unclosedTag(source) {
                throw TemplateProblem(kind: .syntax, path: path, line: line + open.line - 1,
                                      column: open.line == 1 ? column + open.column - 1 : open.column,
                                      message: "a tag is not closed")
            }
            let context = error.context
            let inFirstLine = context.lineNumber == 1
            let sourceColumn = max(1, inFirstLine ? context.columnNumber - textPragma.count : context.columnNumber)
            throw TemplateProblem(kind: .syntax, path: path, line: line + context.lineNumber - 1,
                                  column: inFirstLine ? column + sourceColumn - 1 : sourceColumn,
                                  message: "Mustache does not parse: \(describe(error.error))")
        } catch {
            throw TemplateProblem(kind: .syntax, path: path, line: line, column: column,
                                  message: "Mustache does not parse: \(error)")
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "the closing tag matches no open section"
        case .unfinishedName: return "a tag is not closed or its name has characters a name cannot have"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "a partial with inheritance holds a tag other than a block"
        case .textInsideInheritSection: return "a partial with inheritance holds text"
        case .invalidConfigVariableSyntax: return "a pragma tag is malformed"
        case .unrecognisedConfigVariable: return "an unknown pragma"
        }
    }
}
