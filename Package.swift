// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "replylint",
    products: [
        .executable(name: "replylint", targets: ["ReplyLintCLI"]),
        .library(name: "ReplyLint", targets: ["ReplyLint"]),
        .executable(name: "replylint-fuzz", targets: ["ReplyLintFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        // System ICU behind plain C types: Foundation bundles its own ICU headers,
        // which clash with the system's when both reach Swift (see DEVELOPERS.md).
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        // System Hunspell behind plain C types, in the same pattern as CICU (see DEVELOPERS.md).
        .target(
            name: "CHunspell",
            linkerSettings: [.linkedLibrary("hunspell-1.7")]
        ),
        // Shipped rule data (word lists per language, default thresholds).
        .target(
            name: "RuleData",
            path: "Rules",
            exclude: ["README.md"],
            resources: [.copy("locales"), .copy("common"), .copy("desks")]
        ),
        .target(
            name: "ReplyLint",
            dependencies: [
                "CICU", "CHunspell", "RuleData",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // `replylint mcp`: the Model Context Protocol server, in a target of its own so the
        // library never depends on the SDK.
        .target(
            name: "ReplyLintMCP",
            dependencies: ["ReplyLint", .product(name: "MCP", package: "swift-sdk")]
        ),
        // `replylint milter`: the Sendmail/Postfix milter on SwiftNIO, in a target of its own so
        // the library never depends on NIO.
        .target(
            name: "ReplyLintMilter",
            dependencies: [
                "ReplyLint",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
            ]
        ),
        .executableTarget(
            name: "ReplyLintCLI",
            dependencies: ["ReplyLint", "ReplyLintMCP", "ReplyLintMilter", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // libFuzzer target for the parser and everything after it (scripts/fuzz).
        .executableTarget(
            name: "ReplyLintFuzz",
            dependencies: ["ReplyLint"]
        ),
        .testTarget(
            name: "ReplyLintTests",
            dependencies: [
                "ReplyLint", "ReplyLintCLI", "ReplyLintMCP", "ReplyLintMilter",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
    ]
)
