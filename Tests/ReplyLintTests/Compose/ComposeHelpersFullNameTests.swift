import Foundation
import Testing
@testable import ReplyLint

@Test func fullNameComesFromFirstAndLastWhenNotGiven() throws {
    let helpers = ComposeHelpers(locale: "en", language: nil, sentAt: MessageDate(date: Date(), utcOffset: 0), recipientOffset: 0)
    let values = try helpers.apply(to: ["customer_first_name": "Anna", "customer_last_name": "Smith"], variables: [])
    #expect(values["customer_name"] == "Anna Smith")
    let given = try helpers.apply(to: ["customer_name": "Dr. Anna Smith", "customer_first_name": "Anna"], variables: [])
    #expect(given["customer_name"] == "Dr. Anna Smith")
}

@Test func aComputedFullNameIsCheckedForHeaderInjection() throws {
    let helpers = ComposeHelpers(locale: "en", language: nil, sentAt: MessageDate(date: Date(), utcOffset: 0), recipientOffset: 0)
    let values = try helpers.apply(to: ["customer_first_name": "Anna\r\nBcc: x@evil.example", "customer_email": "a@b.example"], variables: [])
    #expect(throws: ComposeError.self) { try MessageHeaders.checkValues(values) }
}
