/// The values a desk's placeholders get when a macro is composed or converted: the catalogue's
/// `value:` names one of ours (`customer_first_name`), any other placeholder goes by its path with
/// `_` for `.` (`ticket.id` is `ticket_id`, given with `--set ticket_id=48213`).
extension DeskCatalogue {
    /// Our name for `path`: the value it maps onto, else its path as a variable name; nil for one
    /// that cannot be a variable name (a key with `-`, dynamic content).
    func variableName(_ path: String) -> String? {
        if let value = placeholder(path)?.value { return value }
        // A custom attribute's name may hold spaces ("Plan Type" is `Plan_Type`).
        let name = path.replacingOccurrences(of: ".", with: "_").replacingOccurrences(of: " ", with: "_")
        return ComposeValues.isVariableName(name) ? name : nil
    }

    /// What a placeholder holds, as one of our variable types.
    static func kind(of name: String) -> TemplateVariable.Kind {
        if name.hasSuffix("_email") { return .email }
        if name.hasSuffix("_name") && (name.hasPrefix("customer_") || name.hasPrefix("agent_")) { return .name }
        if name.hasSuffix("_url") || name.hasSuffix("_link") { return .url }
        return .string
    }

    /// The ticket's subject placeholder (`ticket.title`, `ticket.subject`) and our name of it:
    /// a reply that sets no subject and answers no message is `Re: ` and it.
    var ticketSubject: (path: String, name: String) {
        let path = ["ticket.title", "ticket.subject"].first { placeholder($0) != nil } ?? "ticket.title"
        return (path, variableName(path) ?? "ticket_title")
    }
}
