// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "Storyline",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "StorylineCore", targets: ["StorylineCore"]),
        .library(name: "StorylineIngest", targets: ["StorylineIngest"]),
        .library(name: "StorylineStore", targets: ["StorylineStore"]),
        .library(name: "StorylineSQLite", targets: ["StorylineSQLite"]),
        .library(name: "StorylinePostgres", targets: ["StorylinePostgres"]),
        .library(name: "StorylineServer", targets: ["StorylineServer"]),
        .executable(name: "storyline", targets: ["storyline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        // No default traits: the archive server needs neither swift-configuration nor full Foundation.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // Pure analysis core: no file, network or database I/O.
        .target(name: "StorylineCore"),
        // Readers that turn files and streams into articles.
        .target(
            name: "StorylineIngest",
            dependencies: ["StorylineCore", .product(name: "Logging", package: "swift-log")]
        ),
        // The archive: the storage protocol, its records and the incremental ingestor (no backend).
        .target(name: "StorylineStore", dependencies: ["StorylineCore"]),
        // Backend-independent checks every ArchiveStore must pass (SQLite now, PostgreSQL next).
        .target(name: "StorylineStoreConformance", dependencies: ["StorylineStore", "StorylineCore"]),
        // The embedded archive: SQLite through GRDB, FTS5 search, WAL.
        .target(
            name: "StorylineSQLite",
            dependencies: [
                "StorylineStore", "StorylineCore", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The shared archive: PostgreSQL through PostgresNIO, tsvector search, advisory-locked writers.
        .target(
            name: "StorylinePostgres",
            dependencies: [
                "StorylineStore", "StorylineCore", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"), .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // The JSON API and the server-rendered web page (Hummingbird 2).
        .target(
            name: "StorylineServer",
            dependencies: [
                "StorylineStore", "StorylineCore", "StorylineIngest",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "storyline",
            dependencies: [
                "StorylineCore",
                "StorylineIngest",
                "StorylineStore",
                "StorylineSQLite",
                "StorylinePostgres",
                "StorylineServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // The word-piece embedding table for short texts (docs/events.md tells how it was made).
            resources: [.copy("Resources/word-pieces.slemb")]
        ),
        .testTarget(name: "StorylineCoreTests", dependencies: ["StorylineCore"]),
        .testTarget(name: "StorylineIngestTests", dependencies: ["StorylineIngest", "StorylineCore"]),
        // Test helpers shared by the test targets: scratch archives on each backend (not shipped).
        .target(
            name: "StorylineTestSupport",
            dependencies: ["StorylineStore", "StorylineSQLite", "StorylinePostgres"],
            path: "Tests/StorylineTestSupport"
        ),
        .testTarget(
            name: "StorylineCLITests",
            dependencies: [
                "StorylineCore", "StorylineIngest", "StorylineSQLite", "StorylineStore", "StorylineStoreConformance",
                "StorylinePostgres", "StorylineTestSupport",
            ]
        ),
        .testTarget(
            name: "StorylineStoreTests",
            dependencies: [
                "StorylineStore", "StorylineCore", "StorylineSQLite", "StorylinePostgres", "StorylineStoreConformance",
                "StorylineTestSupport",
            ]
        ),
        .testTarget(
            name: "StorylinePostgresTests",
            dependencies: [
                "StorylinePostgres", "StorylineStore", "StorylineStoreConformance", "StorylineCore",
                "StorylineTestSupport", .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .testTarget(
            name: "StorylineSQLiteTests",
            dependencies: [
                "StorylineSQLite", "StorylineStore", "StorylineStoreConformance", "StorylineCore", "StorylineIngest",
                "StorylineTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "StorylineServerTests",
            dependencies: [
                "StorylineServer", "StorylineSQLite", "StorylineStore", "StorylineCore", "StorylineIngest",
                "StorylineTestSupport", .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
    ]
)
