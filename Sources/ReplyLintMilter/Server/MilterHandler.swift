import NIOCore
import NIOPosix

/// One MTA connection: feeds each command to `MilterConnection`, answers, and checks each
/// complete message on the thread pool, off the event loop. Commands that arrive while a check
/// runs wait for its answer, as libmilter's one-command-at-a-time loop makes them.
final class MilterHandler: ChannelInboundHandler {
    typealias InboundIn = MilterCommand
    typealias OutboundOut = MilterResponse

    private var connection: MilterConnection
    private let checker: MilterChecker
    private let pool: NIOThreadPool
    private let log: MilterLog
    private var checking = false
    private var waiting: [MilterCommand] = []
    /// The server is shutting down: close once the message in flight is answered.
    private var draining = false
    private var peer = "?"

    /// How often a long check tells the MTA it is still working (its timeouts are minutes).
    static let progressInterval = TimeAmount.seconds(10)

    init(checker: MilterChecker, pool: NIOThreadPool, log: MilterLog) {
        self.checker = checker
        self.pool = pool
        self.log = log
        connection = MilterConnection(requiredActions: checker.requiredActions, messageLimit: checker.messageLimit)
    }

    func channelActive(context: ChannelHandlerContext) {
        peer = context.remoteAddress.map(Self.describe) ?? "?"
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let command = Self.unwrapInboundIn(data)
        if checking { waiting.append(command) } else { handle(command, context: context) }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        context.flush()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let reason = (error as? MilterFrameError)?.description ?? "\(error)"
        if context.channel.isActive { log.connection(peer, "closed: \(reason)") }
        context.close(promise: nil)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard event is ChannelShouldQuiesceEvent else { return context.fireUserInboundEventTriggered(event) }
        draining = true
        if !checking && !connection.isCollecting { context.close(promise: nil) }
    }

    private func handle(_ command: MilterCommand, context: ChannelHandlerContext) {
        switch connection.receive(command) {
        case let .reply(response):
            context.write(Self.wrapOutboundOut(response), promise: nil)
        case .silent:
            break
        case let .check(message, queueID):
            check(message, queueID: queueID, context: context)
        case .close:
            context.close(promise: nil)
        case let .fail(reason):
            log.connection(peer, "closed: \(reason)")
            context.close(promise: nil)
        }
    }

    private func check(_ message: MilterMessage, queueID: String?, context: ChannelHandlerContext) {
        checking = true
        context.flush()
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        let progress = context.eventLoop.scheduleRepeatedTask(initialDelay: Self.progressInterval, delay: Self.progressInterval) { _ in
            bound.value.context.writeAndFlush(Self.wrapOutboundOut(.progress), promise: nil)
        }
        let checker = self.checker
        pool.runIfActive(eventLoop: context.eventLoop) {
            checker.decide(message, queueID: queueID)
        }.whenComplete { result in
            progress.cancel()
            let (handler, context) = bound.value
            handler.answer(result, queueID: queueID, context: context)
        }
    }

    private func answer(_ result: Result<MilterDecision, any Error>, queueID: String?, context: ChannelHandlerContext) {
        checking = false
        guard context.channel.isActive else { return }
        switch result {
        case let .success(decision):
            log.message(decision.logLine)
            for response in decision.responses { context.write(Self.wrapOutboundOut(response), promise: nil) }
            context.flush()
        case let .failure(error):
            // The pool is shutting down; the MTA applies its milter_default_action.
            log.connection(peer, "closed: message \(queueID ?? "?") not checked (\(error))")
            context.close(promise: nil)
            return
        }
        if draining { return context.close(promise: nil) }
        while !checking, !waiting.isEmpty, context.channel.isActive {
            handle(waiting.removeFirst(), context: context)
        }
        context.flush()
    }

    private static func describe(_ address: SocketAddress) -> String {
        switch address {
        case .v4: "\(address.ipAddress ?? "?"):\(address.port ?? 0)"
        case .v6: "[\(address.ipAddress ?? "?")]:\(address.port ?? 0)"
        case .unixDomainSocket: "unix"
        }
    }
}

@available(*, unavailable)
extension MilterHandler: Sendable {}
