import ArgumentParser
import Foundation
import StorylineIngest

/// `storyline bench floor`: the time to just read a corpus and split it into words, the floor any analysis pays.
struct BenchFloorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "floor",
        abstract: "Time reading a corpus and splitting it into words: the physical floor to compare analyses with.",
        discussion: """
            Reads every input file Storyline would read (.txt, .md, .jsonl, .html; folders recursively) and finds \
            every word in its bytes, allocating nothing per word. An article is a file, or a non-empty line of \
            JSON Lines. The best of --repeat runs is reported (the first run also pays for the disk).

            Examples:
              storyline bench floor ../shared/data/bbc-dev
              storyline bench floor ../shared/data/mstream-news/news.eval.jsonl --json
            """
    )

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Option(help: "Number of timed runs; the fastest is reported.")
    var `repeat` = 3

    @Flag(help: "Print the measurement as JSON.")
    var json = false

    /// What one floor measurement found.
    struct Floor: Codable {
        var files: Int
        var articles: Int
        var bytes: Int
        var words: Int
        var seconds: Double
        var articlesPerSecond: Double
        var megabytesPerSecond: Double
        var peakResidentBytes: Int?
    }

    func validate() throws {
        guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1") }
    }

    func run() async throws {
        let files = try collectFiles()
        var best: Floor?
        for _ in 0..<`repeat` {
            let floor = measure(files)
            if best == nil || floor.seconds < best!.seconds { best = floor }
        }
        var floor = best!
        floor.peakResidentBytes = ProcessMemory.current()?.peakResidentBytes
        if json {
            var data = try JSONEncoder.sorted.encode(floor)
            data.append(0x0A)
            Terminal.write(data)
        } else {
            print(
                String(
                    format: "%d files, %d articles, %d bytes, %d words: %.4f s, %.0f articles/s, %.1f MB/s",
                    floor.files, floor.articles, floor.bytes, floor.words, floor.seconds, floor.articlesPerSecond,
                    floor.megabytesPerSecond))
        }
    }

    private func measure(_ files: [(path: String, lines: Bool)]) -> Floor {
        var bytes = 0
        var words = 0
        var articles = 0
        let start = MonotonicClock.nanoseconds()
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            bytes += data.count
            data.withUnsafeBytes { raw in
                let buffer = raw.bindMemory(to: UInt8.self)
                words += WordFloor.count(buffer)
                if file.lines {
                    var blank = true
                    for byte in buffer {
                        if byte == 0x0A {
                            if !blank { articles += 1 }
                            blank = true
                        } else if byte != 0x20 && byte != 0x0D && byte != 0x09 {
                            blank = false
                        }
                    }
                    if !blank { articles += 1 }
                } else {
                    articles += 1
                }
            }
        }
        let seconds = Double(MonotonicClock.nanoseconds() - start) / 1e9
        return Floor(
            files: files.count, articles: articles, bytes: bytes, words: words, seconds: seconds,
            articlesPerSecond: seconds > 0 ? Double(articles) / seconds : 0,
            megabytesPerSecond: seconds > 0 ? Double(bytes) / seconds / 1_048_576 : 0)
    }

    /// The readable files under `paths`, sorted, with whether each holds one article per line.
    private func collectFiles() throws -> [(path: String, lines: Bool)] {
        var files: [(String, Bool)] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                Terminal.error("\(path): no such file or folder")
                throw StorylineExit.noInput
            }
            if !isFolder.boolValue {
                files.append((path, InputFormat(fileName: path) == .jsonLines))
                continue
            }
            let names = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
            for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                guard let format = InputFormat(fileName: name) else { continue }
                files.append((path + "/" + name, format == .jsonLines))
            }
        }
        return files
    }
}

extension JSONEncoder {
    /// An encoder with sorted keys and pretty printing, for stable JSON output.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }
}
