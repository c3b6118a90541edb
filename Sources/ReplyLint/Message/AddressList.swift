// TEMPORARY stand-in until the parser branch lands.
enum AddressList {
    static func parse(_ value: String) -> (addresses: [MailAddress], problems: [String]) {
        let parts = value.split(separator: ",")
        return (parts.map { part in
            if let lt = part.firstIndex(of: "<"), let gt = part.lastIndex(of: ">"), lt < gt {
                let name = part[..<lt].trimmingWhitespace
                return MailAddress(name: name.isEmpty ? nil : String(name), address: String(part[part.index(after: lt)..<gt]))
            }
            return MailAddress(name: nil, address: String(part.trimmingWhitespace))
        }, [])
    }
}
