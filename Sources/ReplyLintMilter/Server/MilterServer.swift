import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore
import NIOExtras
import NIOPosix

/// The listening milter: SwiftNIO event loops for the connections, a thread pool for the checks,
/// and NIOExtras' quiescing helper for a shutdown that answers every message in flight.
public final class MilterServer: Sendable {
    private let group: MultiThreadedEventLoopGroup
    private let pool: NIOThreadPool
    private let quiesce: ServerQuiescingHelper
    private let log: MilterLog
    /// Where it listens, as `smtpd_milters` would name it (the real port when 0 was asked for).
    public let endpoint: MilterEndpoint

    /// Binds `endpoint` and starts serving. A unix socket left behind by an earlier run is replaced.
    public static func start(_ endpoint: MilterEndpoint, checker: MilterChecker, log: MilterLog,
                             maximumFrameLength: Int = MilterCodec.maximumFrameLength) throws -> MilterServer {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        let pool = NIOThreadPool(numberOfThreads: System.coreCount)
        pool.start()
        let quiesce = ServerQuiescingHelper(group: group)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(quiesce.makeServerChannelHandler(channel: channel))
                }
            }
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    try MilterCodec.add(to: pipeline, maximumFrameLength: maximumFrameLength)
                    try pipeline.addHandler(MilterHandler(checker: checker, pool: pool, log: log))
                }
            }
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
        do {
            let channel: Channel
            switch endpoint {
            case let .inet(host, port): channel = try bootstrap.bind(host: host, port: port).wait()
            case let .unix(path): channel = try bootstrap.bind(unixDomainSocketPath: path, cleanupExistingSocketFile: true).wait()
            }
            var bound = endpoint
            if case let .inet(host, _) = endpoint, let port = channel.localAddress?.port { bound = .inet(host: host, port: port) }
            return MilterServer(group: group, pool: pool, quiesce: quiesce, log: log, endpoint: bound)
        } catch {
            try? pool.syncShutdownGracefully()
            try? group.syncShutdownGracefully()
            throw error
        }
    }

    private init(group: MultiThreadedEventLoopGroup, pool: NIOThreadPool, quiesce: ServerQuiescingHelper, log: MilterLog,
                 endpoint: MilterEndpoint) {
        self.group = group
        self.pool = pool
        self.quiesce = quiesce
        self.log = log
        self.endpoint = endpoint
    }

    /// Stops accepting, lets each connection finish the message it is in (closing idle ones at
    /// once), waits for them up to `timeout`, then stops the loops and the pool.
    public func shutdown(timeout: TimeAmount = .seconds(30)) {
        let drained = group.next().makePromise(of: Void.self)
        quiesce.initiateShutdown(promise: drained)
        let done = DispatchSemaphore(value: 0)
        drained.futureResult.whenComplete { _ in done.signal() }
        if done.wait(timeout: .now() + .nanoseconds(Int(timeout.nanoseconds))) == .timedOut {
            log.server("connections still open after \(timeout.nanoseconds / 1_000_000_000) s; closing them")
        }
        try? pool.syncShutdownGracefully()
        try? group.syncShutdownGracefully()
        // The helper's deinit fails a promise of the loops just stopped, which NIO reports as an
        // error on standard error; it is kept for the rest of the process instead.
        _ = Unmanaged.passRetained(quiesce)
    }

    /// Serves until SIGTERM or SIGINT, then shuts down as `shutdown` does.
    public func serveUntilSignalled() {
        let received = DispatchSemaphore(value: 0)
        let queue = DispatchQueue(label: "replylint.milter.signals")
        let sources = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { received.signal() }
            source.resume()
            return source
        }
        received.wait()
        log.server("shutting down: finishing the messages in flight")
        shutdown()
        sources.forEach { $0.cancel() }
        log.server("stopped")
    }
}
