import Mustache

/// One template file read: the template, where its parts are, and each part compiled.
struct TemplateFile: Sendable {
    var template: Template
    var frontMatter: TemplateFrontMatter
    /// Compiled header values (in `template.headers` order) and body.
    var compiledHeaders: [MustacheTemplate]
    var compiledBody: MustacheTemplate

    static let headerNames = ["Subject", "Cc", "Bcc", "Reply-To"]

    /// Reads `text`, the file `<id>.<locale>.mustache` at `path`.
    static func read(_ text: String, path: String, id: String, locale: String) throws(TemplateProblem) -> TemplateFile {
        let lines = text.replacingCRLF.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first.map({ $0.trimmingWhitespace == "---" }) == true else {
            throw TemplateProblem(kind: .frontMatter, path: path, line: 1, column: 1,
                                  message: "a template starts with its front matter between '---' lines")
        }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingWhitespace == "---" }) else {
            throw TemplateProblem(kind: .frontMatter, path: path, line: 1, column: 1,
                                  message: "the front matter has no closing '---' line")
        }
        let matter = try TemplateFrontMatter.read(lines[1..<close].joined(separator: "\n"), path: path, firstLine: 2)
        guard matter.id == id else {
            throw problem(path, matter.idPosition, "id '\(matter.id)' does not match the file name, which gives '\(id)'")
        }
        guard TemplateLocale.normalized(matter.locale) == TemplateLocale.normalized(locale) else {
            throw problem(path, matter.localePosition, "locale '\(matter.locale)' does not match the file name, which gives '\(locale)'")
        }
        let headerStart = close + 1
        let blank = lines[headerStart...].firstIndex { $0.trimmingWhitespace.isEmpty } ?? lines.count
        let headers = try readHeaders(lines[headerStart..<blank], firstLine: headerStart + 1, path: path)
        let bodyLine = min(blank + 1, lines.count) + 1
        let body = blank < lines.count ? lines[(blank + 1)...].joined(separator: "\n") : ""

        var compiledHeaders: [MustacheTemplate] = []
        for header in headers {
            compiledHeaders.append(try TemplateSource.compile(header.value, path: path, line: header.line, column: header.column))
        }
        let compiledBody = try TemplateSource.compile(body, path: path, line: bodyLine, column: 1)
        let template = Template(id: id, locale: matter.locale, description: matter.description, tags: matter.tags,
                                variables: matter.variables, examples: matter.examples, headers: headers, body: body,
                                path: path, bodyLine: bodyLine)
        return TemplateFile(template: template, frontMatter: matter, compiledHeaders: compiledHeaders, compiledBody: compiledBody)
    }

    private static func readHeaders(_ lines: ArraySlice<String>, firstLine: Int, path: String) throws(TemplateProblem) -> [TemplateHeader] {
        var headers: [TemplateHeader] = []
        for (offset, text) in lines.enumerated() {
            let line = firstLine + offset
            guard let colon = text.firstIndex(of: ":") else {
                throw TemplateProblem(kind: .frontMatter, path: path, line: line, column: 1,
                                      message: "header line '\(text.prefix(40))' has no colon; write 'Name: value' and leave a blank line before the body")
            }
            let written = String(text[..<colon])
            guard let name = headerNames.first(where: { $0.lowercased() == written.lowercased() }) else {
                throw TemplateProblem(kind: .frontMatter, path: path, line: line, column: 1,
                                      message: "unknown header '\(written)'; a template may set \(headerNames.joined(separator: ", "))")
            }
            guard !headers.contains(where: { $0.name == name }) else {
                throw TemplateProblem(kind: .frontMatter, path: path, line: line, column: 1, message: "header '\(name)' appears twice")
            }
            let afterColon = text[text.index(after: colon)...]
            let leading = afterColon.prefix { $0 == " " || $0 == "\t" }
            let value = String(afterColon.dropFirst(leading.count))
            headers.append(TemplateHeader(name: name, value: value, line: line,
                                          column: written.count + 2 + leading.count))
        }
        guard headers.contains(where: { $0.name == "Subject" }) else {
            throw TemplateProblem(kind: .frontMatter, path: path, line: firstLine, column: 1,
                                  message: "no Subject header; the lines after the front matter, up to a blank line, are headers and need 'Subject: …'")
        }
        // Subject first, the rest as written.
        return headers.filter { $0.name == "Subject" } + headers.filter { $0.name != "Subject" }
    }

    private static func problem(_ path: String, _ at: TemplatePosition, _ message: String) -> TemplateProblem {
        TemplateProblem(kind: .frontMatter, path: path, line: at.line, column: at.column, message: message)
    }
}

extension String {
    var replacingCRLF: String {
        guard unicodeScalars.contains("\r") else { return self }
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for scalar in unicodeScalars {
            if previousCR, scalar != "\n" { scalars.append("\r") }
            previousCR = scalar == "\r"
            if !previousCR { scalars.append(scalar) }
        }
        if previousCR { scalars.append("\r") }
        return String(scalars)
    }
}
