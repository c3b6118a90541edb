/// What a milter may do to a message at its end (`SMFIF_*` in libmilter's `mfdef.h`), offered by
/// the MTA in its option negotiation and requested by the milter in its answer.
public struct MilterActions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let addHeaders = MilterActions(rawValue: 0x01)
    public static let changeBody = MilterActions(rawValue: 0x02)
    public static let addRecipients = MilterActions(rawValue: 0x04)
    public static let deleteRecipients = MilterActions(rawValue: 0x08)
    public static let changeHeaders = MilterActions(rawValue: 0x10)
    public static let quarantine = MilterActions(rawValue: 0x20)
    public static let changeSender = MilterActions(rawValue: 0x40)
    public static let addRecipientsWithArguments = MilterActions(rawValue: 0x80)
    public static let setMacroLists = MilterActions(rawValue: 0x100)
}

/// Which protocol steps the MTA sends and which it expects answers to (`SMFIP_*`): the MTA offers
/// the ones it can leave out, the milter answers with those it wants left out.
public struct MilterSteps: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let noConnect = MilterSteps(rawValue: 0x01)
    public static let noHelo = MilterSteps(rawValue: 0x02)
    public static let noMail = MilterSteps(rawValue: 0x04)
    public static let noRecipient = MilterSteps(rawValue: 0x08)
    public static let noBody = MilterSteps(rawValue: 0x10)
    public static let noHeaders = MilterSteps(rawValue: 0x20)
    public static let noEndOfHeaders = MilterSteps(rawValue: 0x40)
    public static let noHeaderReply = MilterSteps(rawValue: 0x80)
    public static let noUnknown = MilterSteps(rawValue: 0x100)
    public static let noData = MilterSteps(rawValue: 0x200)
    /// The MTA understands SKIP (no more body chunks for this message).
    public static let skip = MilterSteps(rawValue: 0x400)
    public static let rejectedRecipients = MilterSteps(rawValue: 0x800)
    public static let noConnectReply = MilterSteps(rawValue: 0x1000)
    public static let noHeloReply = MilterSteps(rawValue: 0x2000)
    public static let noMailReply = MilterSteps(rawValue: 0x4000)
    public static let noRecipientReply = MilterSteps(rawValue: 0x8000)
    public static let noDataReply = MilterSteps(rawValue: 0x10000)
    public static let noUnknownReply = MilterSteps(rawValue: 0x20000)
    public static let noEndOfHeadersReply = MilterSteps(rawValue: 0x40000)
    public static let noBodyReply = MilterSteps(rawValue: 0x80000)
    /// Header values keep the space after the colon, both ways.
    public static let headerLeadingSpace = MilterSteps(rawValue: 0x100000)
}

/// One side of the option negotiation (OPTNEG): protocol version, actions, protocol steps.
public struct MilterOptions: Sendable, Hashable {
    public var version: UInt32
    public var actions: MilterActions
    public var steps: MilterSteps

    public init(version: UInt32, actions: MilterActions, steps: MilterSteps) {
        self.version = version
        self.actions = actions
        self.steps = steps
    }

    /// The protocol version Postfix and Sendmail 8.14+ speak.
    public static let currentVersion: UInt32 = 6
}
