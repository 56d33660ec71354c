// swift-tools-version: 6.2
// Micro-benchmarks of Storyline's hot paths (ordo-one/benchmark). A separate package so that the main package's
// `swift build` and `swift test` never build it. Run from this folder:
//   swift package benchmark                      # time, allocations and peak memory of every benchmark
//   swift package benchmark --filter Document    # one group
import PackageDescription

let package = Package(
    name: "StorylineBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Storyline", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "StorylineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "StorylineCore", package: "Storyline"),
            ],
            path: "Benchmarks/StorylineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
