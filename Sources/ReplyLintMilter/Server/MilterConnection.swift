import NIOCore

/// One connection's side of the protocol, without I/O: what was agreed, the macros, the message
/// being collected. Each command gives the step the server takes next.
struct MilterConnection {
    enum Step: Equatable {
        /// Answer the MTA.
        case reply(MilterResponse)
        /// The command takes no answer (MACRO, ABORT, an agreed no-reply step).
        case silent
        /// The message is complete: check it, then answer.
        case check(MilterMessage, queueID: String?)
        /// QUIT: close the connection.
        case close
        /// The MTA broke the protocol: say why and close the connection.
        case fail(String)
    }

    /// The actions the milter needs the MTA to allow.
    let requiredActions: MilterActions
    /// How much of a message is kept; past it, the body is skipped and the message counts as over the limit.
    let messageLimit: Int
    private(set) var agreed: MilterOptions?
    private var macros: [UInt8: [MilterMacro]] = [:]
    private var message: MilterMessage?
    private var skippedBody = false

    init(requiredActions: MilterActions, messageLimit: Int) {
        self.requiredActions = requiredActions
        self.messageLimit = messageLimit
    }

    /// Steps the milter asks the MTA to leave out or not to wait for an answer to: it needs the
    /// header, the body and the end of the message, and nothing else. SKIP and leading spaces are
    /// asked for when offered.
    static let wantedSteps: MilterSteps = [
        .noConnect, .noHelo, .noMail, .noRecipient, .noData, .noUnknown, .noEndOfHeaders,
        .noConnectReply, .noHeloReply, .noMailReply, .noRecipientReply, .noDataReply, .noUnknownReply,
        .noEndOfHeadersReply, .noHeaderReply, .skip, .headerLeadingSpace,
    ]

    /// Message-level macro stages, forgotten when a message ends or is aborted (CONNECT's and
    /// HELO's stay for the connection).
    private static let connectionStages: Set<UInt8> = [MilterCommand.Code.connect.rawValue, MilterCommand.Code.helo.rawValue]

    /// Where the queue id is looked for, latest stage first.
    private static let queueIDStages: [MilterCommand.Code] = [.endOfMessage, .endOfHeaders, .header, .data, .recipient, .mail, .helo, .connect]

    mutating func receive(_ command: MilterCommand) -> Step {
        if case let .negotiate(offer) = command { return negotiate(offer) }
        guard let agreed else { return .fail("\(command.code.name) before option negotiation") }
        let steps = agreed.steps
        switch command {
        case .negotiate: return .silent  // handled above
        case let .macros(stage, values):
            macros[stage] = values
            return .silent
        case .connect: return answer(unless: .noConnectReply, in: steps)
        case .helo: return answer(unless: .noHeloReply, in: steps)
        case .mail:
            endMessage()
            return answer(unless: .noMailReply, in: steps)
        case .recipient: return answer(unless: .noRecipientReply, in: steps)
        case .data: return answer(unless: .noDataReply, in: steps)
        case .unknown: return answer(unless: .noUnknownReply, in: steps)
        case let .header(name, value):
            collecting { $0.add(field: name, value: value) }
            return answer(unless: .noHeaderReply, in: steps)
        case .endOfHeaders: return answer(unless: .noEndOfHeadersReply, in: steps)
        case let .body(chunk):
            collecting { $0.add(body: chunk) }
            if message?.isOverLimit == true, steps.contains(.skip), !skippedBody {
                skippedBody = true
                return .reply(.skip)
            }
            return answer(unless: .noBodyReply, in: steps)
        case let .endOfMessage(chunk):
            if chunk.readableBytes > 0 { collecting { $0.add(body: chunk) } }
            let complete = message ?? newMessage()
            let queueID = self.queueID
            endMessage()
            return .check(complete, queueID: queueID)
        case .abort:
            endMessage()
            return .silent
        case .quit:
            return .close
        case .quitNewConnection:
            endMessage()
            macros = [:]
            return .silent
        }
    }

    /// Whether part of a message has come and its end has not.
    var isCollecting: Bool { message != nil }

    /// The queue id (`i`) from the latest stage that defined it.
    var queueID: String? {
        for stage in Self.queueIDStages {
            if let macro = macros[stage.rawValue]?.first(where: { $0.bareName == "i" }), !macro.value.isEmpty { return macro.value }
        }
        return nil
    }

    private mutating func negotiate(_ offer: MilterOptions) -> Step {
        guard offer.version >= 2 else { return .fail("the MTA speaks milter protocol version \(offer.version); 2 or later is needed") }
        guard offer.actions.isSuperset(of: requiredActions) else {
            let needed = requiredActions.contains(.quarantine) ? "adding and changing headers and quarantine" : "adding and changing headers"
            return .fail("the MTA does not allow \(needed) (it offers actions 0x\(String(offer.actions.rawValue, radix: 16)))")
        }
        let options = MilterOptions(version: min(offer.version, MilterOptions.currentVersion), actions: requiredActions,
                                    steps: Self.wantedSteps.intersection(offer.steps))
        agreed = options
        endMessage()
        macros = [:]
        return .reply(.negotiate(options))
    }

    private func answer(unless noReply: MilterSteps, in steps: MilterSteps) -> Step {
        steps.contains(noReply) ? .silent : .reply(.continue)
    }

    private mutating func collecting(_ change: (inout MilterMessage) -> Void) {
        var current = message ?? newMessage()
        message = nil  // so the change below mutates the only copy
        change(&current)
        message = current
    }

    private func newMessage() -> MilterMessage {
        MilterMessage(limit: messageLimit, valuesKeepLeadingSpace: agreed?.steps.contains(.headerLeadingSpace) == true)
    }

    private mutating func endMessage() {
        message = nil
        skippedBody = false
        macros = macros.filter { Self.connectionStages.contains($0.key) }
    }
}
