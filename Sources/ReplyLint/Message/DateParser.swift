// TEMPORARY stand-in until the parser branch lands.
enum DateParser {
    static func parse(_ value: String) -> MessageDate? { nil }
}
