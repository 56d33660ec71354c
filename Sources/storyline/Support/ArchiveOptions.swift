import ArgumentParser
import Foundation
import StorylineCore
import StorylineStore

/// `--db`: which archive a command works on (an SQLite file or a `postgres://` URL; see ``ArchiveFactory``).
struct ArchiveOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Archive: an SQLite file, or postgres://USER@HOST:PORT/DATABASE (env STORYLINE_DB; default "
                + "storyline.sqlite).",
            discussion: """
                A postgres:// URL selects the shared PostgreSQL archive, which several `storyline ingest` workers \
                and `storyline serve` processes can use at once. URL options: ?schema=NAME (default public), \
                ?sslmode=require, ?host=/socket/dir.
                """, valueName: "file|url"))
    var db: String =
        ProcessInfo.processInfo.environment["STORYLINE_DB"].flatMap { $0.isEmpty ? nil : $0 }
        ?? "storyline.sqlite"

    /// Opens the archive; `create` allows making a new, empty one.
    func open(create: Bool) async throws -> any ArchiveStore {
        try await ArchiveFactory.open(db, create: create)
    }
}

/// `--limit` and `--offset` for commands that list.
struct PagingOptions: ParsableArguments {
    @Option(help: "Items per page, 1…\(PageRequest.maximumLimit).")
    var limit: Int = PageRequest.defaultLimit

    @Option(help: "Items to skip (for the next page).")
    var offset: Int = 0

    func validate() throws {
        guard (1...PageRequest.maximumLimit).contains(limit) else {
            throw ValidationError("--limit must be between 1 and \(PageRequest.maximumLimit)")
        }
        guard offset >= 0 else { throw ValidationError("--offset must not be negative") }
    }

    var request: PageRequest { PageRequest(limit: limit, offset: offset) }
}

extension Day: ExpressibleByArgument {
    /// Parses `YYYY-MM-DD` from the command line.
    public init?(argument: String) {
        guard argument.count == 10 else { return nil }
        self.init(iso: argument)
    }
}

/// Printing archive records for people and as JSON.
enum ArchiveOutput {
    /// Prints `value` as pretty, sorted JSON on stdout.
    static func json(_ value: some Encodable) throws {
        var data = try Report.encoder.encode(value)
        data.append(0x0A)
        Terminal.write(data)
    }

    /// A "page x of y" footer, with the option that shows the next page.
    static func footer<Item>(_ page: Page<Item>) -> String {
        guard page.total > 0 else { return "" }
        var line = "\(page.offset + 1)–\(page.offset + page.items.count) of \(page.total)"
        if let next = page.nextOffset { line += " (next: --offset \(next))" }
        return line
    }

    /// Text with ANSI bold when `color`.
    static func bold(_ text: String, _ color: Bool) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    /// Text with ANSI dim when `color`.
    static func dim(_ text: String, _ color: Bool) -> String { color ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
