import NIOCore
import NIOEmbedded
import Testing
@testable import ReplyLintMilter

/// The codec in a channel pipeline: NIOExtras' length-field framing under reads split anywhere,
/// the frame limit, and an error that stops decoding.
@Suite struct MilterPipelineTests {
    typealias F = MilterFrames

    private func channel(limit: Int = MilterCodec.maximumFrameLength) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try MilterCodec.add(to: channel.pipeline.syncOperations, maximumFrameLength: limit)
        return channel
    }

    private func commands(_ channel: EmbeddedChannel) throws -> [MilterCommand] {
        var read: [MilterCommand] = []
        while let command = try channel.readInbound(as: MilterCommand.self) { read.append(command) }
        return read
    }

    private var conversation: [UInt8] {
        F.postfixOffer + F.frame("D", [UInt8(ascii: "L")] + F.strings("i", "ABC123")) + F.frame("L", F.strings("Subject", " Hi"))
            + F.frame("B", Array(String(repeating: "line\r\n", count: 3000).utf8)) + F.frame("E") + F.frame("Q")
    }

    @Test(arguments: [1, 3, 4, 5, 7, 1000, 100_000])
    func framesSurviveAnySplitOfTheStream(_ piece: Int) throws {
        let channel = try channel()
        let bytes = conversation
        for start in stride(from: 0, to: bytes.count, by: piece) {
            try channel.writeInbound(F.buffer(Array(bytes[start..<min(start + piece, bytes.count)])))
        }
        let read = try commands(channel)
        #expect(read.map(\.code) == [.negotiate, .macro, .header, .body, .endOfMessage, .quit])
        if case let .body(chunk) = read[3] { #expect(chunk.readableBytes == 18000) } else { Issue.record("no body") }
        _ = try channel.finish()
    }

    @Test func responsesGoOutAsFrames() throws {
        let channel = try channel()
        try channel.writeOutbound(MilterResponse.continue)
        try channel.writeOutbound(MilterResponse.replyCode("451 4.7.1 try later"))
        var out: [UInt8] = []
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) { out += buffer.readableBytesView }
        #expect(out == F.frame("c") + F.frame("y", F.strings("451 4.7.1 try later")))
        _ = try channel.finish()
    }

    @Test func aFrameOverTheLimitIsAnErrorEvenWhenItArrivesWhole() throws {
        let channel = try channel(limit: 100)
        try channel.writeInbound(F.buffer(F.frame("B", Array(repeating: 0x41, count: 99))))
        #expect(try commands(channel).count == 1)
        #expect(throws: MilterFrameError.tooLarge(limit: 100)) {
            try channel.writeInbound(F.buffer(F.frame("B", Array(repeating: 0x41, count: 100))))
        }
        // Nothing after the error reaches the handler.
        _ = try? channel.writeInbound(F.buffer(F.frame("Q")))
        #expect(try commands(channel).isEmpty)
        _ = try? channel.finish()
    }

    @Test func aFrameOverTheLimitIsRefusedWhileItArrives() throws {
        let channel = try channel(limit: 100)
        // A length that announces 16 MB: the error comes once more than the limit is buffered.
        try channel.writeInbound(F.buffer([0x01, 0x00, 0x00, 0x00, UInt8(ascii: "B")] + Array(repeating: 0, count: 50)))
        #expect(throws: MilterFrameError.tooLarge(limit: 100)) {
            try channel.writeInbound(F.buffer(Array(repeating: 0, count: 60)))
        }
        _ = try? channel.finish()
    }

    @Test func aLengthPastWhatNIOSupportsIsTheSameError() throws {
        let channel = try channel(limit: 100)
        #expect(throws: MilterFrameError.tooLarge(limit: 100)) {
            try channel.writeInbound(F.buffer([0xFF, 0xFF, 0xFF, 0xFF, UInt8(ascii: "B")]))
        }
        _ = try? channel.finish()
    }

    @Test func aMalformedFrameStopsDecoding() throws {
        let channel = try channel()
        #expect(throws: MilterFrameError.unknownCommand(UInt8(ascii: "Z"))) {
            try channel.writeInbound(F.buffer(F.frame("Z") + F.frame("A")))
        }
        #expect(try commands(channel).isEmpty)
        _ = try? channel.finish()
    }
}
