/// The placeholder language a macro's text is written in. Every one parses into `LiquidNode`s,
/// so checks, test renders, `compose` and `templates convert` are the same for every desk.
enum DeskSyntax: Sendable {
    /// Liquid (Zendesk, Freshdesk) and its Jinja spelling of filters (Gorgias).
    case liquid
    /// Help Scout's `{%customer.firstName,fallback=there%}`.
    case helpScout
    /// Intercom's `{{first_name | fallback: "there"}}`, and the `<attribute key="…" default="…"/>`
    /// its API writes in a macro's HTML body.
    case intercom
    /// Mustache sections and variables, in a folder's `*.mustache` files.
    case mustache

    func parse(_ source: String) throws(LiquidError) -> [LiquidNode] {
        switch self {
        case .liquid: try LiquidParser.parse(source)
        case .helpScout: try HelpScoutSyntax.parse(source)
        case .intercom: try IntercomSyntax.parse(source)
        case .mustache: try MustacheSyntax.parse(source)
        }
    }
}

extension LiquidOutput {
    /// A placeholder at `offset` of the source, `width` scalars wide, with the desk's fallback text
    /// as a `default` filter (none for an empty one: the customer would read a gap all the same).
    static func placeholder(_ path: String, pathOffset: Int, offset: Int, width: Int, fallback: String?) -> LiquidOutput {
        let filters = fallback.flatMap { $0.isEmpty ? nil : [LiquidFilter(name: "default", arguments: [.string($0)], offset: offset)] } ?? []
        return LiquidOutput(value: .path(path, offset: pathOffset, width: path.unicodeScalars.count), filters: filters, offset: offset, width: width)
    }
}
