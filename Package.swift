// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "Storyline",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "StorylineCore", targets: ["StorylineCore"]),
        .library(name: "StorylineIngest", targets: ["StorylineIngest"]),
        .executable(name: "storyline", targets: ["storyline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Pure analysis core: no file, network or database I/O.
        .target(name: "StorylineCore"),
        // Readers that turn files and streams into articles.
        .target(
            name: "StorylineIngest",
            dependencies: ["StorylineCore", .product(name: "Logging", package: "swift-log")]
        ),
        .executableTarget(
            name: "storyline",
            dependencies: [
                "StorylineCore",
                "StorylineIngest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "StorylineCoreTests", dependencies: ["StorylineCore"]),
        .testTarget(name: "StorylineIngestTests", dependencies: ["StorylineIngest", "StorylineCore"]),
        .testTarget(name: "StorylineCLITests", dependencies: ["StorylineCore", "StorylineIngest"]),
    ]
)
