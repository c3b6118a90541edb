/// Every rule replylint has, in a fixed order. A constant list, not a registry anyone can change.
enum RuleCatalog {
    static let all: [any Rule.Type] = [
        SubjectMissingRule.self,
        SubjectLengthRule.self,
        SubjectMobileLengthRule.self,
        SubjectAllCapsRule.self,
        SubjectPunctuationRule.self,
        SubjectReplyPrefixRule.self,
        GreetingMissingRule.self,
        GreetingNameRule.self,
        GreetingGenericRule.self,
        ClosingSignOffMissingRule.self,
        BodyPlaceholderRule.self,
        BodyStepsLinkRule.self,
        BodyAllCapsRule.self,
        BodyExclamationRule.self,
        BodyEmoticonRule.self,
        BodyJargonRule.self,
        ToneApologyVagueRule.self,
        ToneThanksRule.self,
        ToneBlameRule.self,
        ToneNegativeRule.self,
        ToneFormalityRule.self,
        HeaderRecipientMissingRule.self,
        HeaderMalformedRule.self,
        BodyMalformedRule.self,
        // time
        ReplyLatencyRule.self,
        GreetingTimeOfDayRule.self,
        // spelling
        BodySpellingRule.self,
        // closing and structure
        ClosingSenderNameRule.self,
        ClosingSignatureDetailsRule.self,
        ClosingNextStepsRule.self,
        ClosingFurtherHelpRule.self,
        SubjectGenericRule.self,
        BodyBareReferenceRule.self,
        BodyAttachmentMentionedRule.self,
        BodyStepsUnnumberedRule.self,
        // metrics and proofreading
        BodySentenceLengthRule.self,
        BodyParagraphLengthRule.self,
        BodyReadabilityRule.self,
        BodyLengthRule.self,
        BodyRepeatedWordRule.self,
        BodySpacingRule.self,
    ]

    private static let byIdentifier: [String: any Rule.Type] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.description.identifier, $0) })

    static func rule(_ identifier: String) -> (any Rule.Type)? { byIdentifier[identifier] }
}
