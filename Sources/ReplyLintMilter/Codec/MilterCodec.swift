import NIOCore
import NIOExtras

/// The milter framing on a channel: NIOExtras' length-field decoder splits the stream at each
/// frame's 4-byte big-endian length, `MilterCommandDecoder` turns frames into commands, and
/// `MilterResponseEncoder` writes responses as frames.
public enum MilterCodec {
    /// The longest frame accepted: libmilter's largest negotiable data size (`MILTER_MDS_1M`).
    /// Postfix sends body chunks of at most 65,535 bytes, and one header field per frame.
    public static let maximumFrameLength = 1024 * 1024 - 1

    /// Adds the decoder and encoder at the end of `pipeline`; a longer frame is an error.
    public static func add(to pipeline: ChannelPipeline.SynchronousOperations,
                           maximumFrameLength: Int = maximumFrameLength) throws {
        // The buffer limit stops a long frame while it arrives; the command decoder holds
        // every frame to the exact limit.
        try pipeline.addHandler(ByteToMessageHandler(LengthFieldBasedFrameDecoder(lengthFieldBitLength: .fourBytes),
                                                     maximumBufferSize: maximumFrameLength))
        try pipeline.addHandler(MilterCommandDecoder(maximumFrameLength: maximumFrameLength))
        try pipeline.addHandler(MessageToByteHandler(MilterResponseEncoder()))
    }
}

/// Frames in, commands out. The first bad frame goes down the pipeline as a `MilterFrameError`
/// and everything after it is dropped: the connection is out of step and is closed.
public final class MilterCommandDecoder: ChannelInboundHandler {
    public typealias InboundIn = ByteBuffer
    public typealias InboundOut = MilterCommand

    private let maximumFrameLength: Int
    private var failed = false

    public init(maximumFrameLength: Int = MilterCodec.maximumFrameLength) {
        self.maximumFrameLength = maximumFrameLength
    }

    public func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !failed else { return }
        let frame = Self.unwrapInboundIn(data)
        do {
            guard frame.readableBytes <= maximumFrameLength else { throw MilterFrameError.tooLarge(limit: maximumFrameLength) }
            context.fireChannelRead(Self.wrapInboundOut(try MilterCommand(frame: frame)))
        } catch {
            failed = true
            context.fireErrorCaught(error)
        }
    }

    public func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if error is ByteToMessageDecoderError.PayloadTooLargeError || error is NIOLengthFieldBasedFrameDecoderError {
            failed = true
            context.fireErrorCaught(MilterFrameError.tooLarge(limit: maximumFrameLength))
        } else {
            context.fireErrorCaught(error)
        }
    }
}

@available(*, unavailable)
extension MilterCommandDecoder: Sendable {}

/// Responses in, frames out.
public struct MilterResponseEncoder: MessageToByteEncoder {
    public typealias OutboundIn = MilterResponse

    public init() {}

    public func encode(data: MilterResponse, out: inout ByteBuffer) {
        data.write(to: &out)
    }
}
