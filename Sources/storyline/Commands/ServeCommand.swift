import ArgumentParser
import Foundation
import Logging
import StorylineServer
import StorylineStore

/// `storyline serve`: the archive's JSON API and web interface.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the archive: a web page with search and timelines, and a JSON API.",
        discussion: """
            Open http://HOST:PORT/ for the web interface (search, articles with their copies and quotes, \
            storyline timelines). The JSON API lives under /api/ and is described by /api/openapi.json; \
            POST /api/articles adds articles (one JSON object, an array, or JSON Lines) and answers which event \
            and storyline each one joined. Stop with Ctrl-C.

            Examples:
              storyline serve
              storyline serve --db news.sqlite --port 9000
              curl -X POST -H 'Content-Type: application/json' --data @article.json localhost:8080/api/articles
            """
    )

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 8080

    @Option(help: "Address to listen on; 0.0.0.0 serves other machines too.")
    var host = "127.0.0.1"

    @Option(help: "Largest request body accepted, in bytes (413 above it).")
    var maxBodyBytes = ArchiveServerConfiguration.defaultMaxBodyBytes

    @Option(help: "Ingest requests processed at once; more wait, and beyond --max-queued-ingests get 503.")
    var maxConcurrentIngests = 1

    @Option(help: "Ingest requests allowed to wait.")
    var maxQueuedIngests = 32

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var analysis: AnalysisFlags

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0…65535") }
        guard maxBodyBytes > 0 else { throw ValidationError("--max-body-bytes must be positive") }
        guard maxConcurrentIngests > 0 else { throw ValidationError("--max-concurrent-ingests must be positive") }
        guard maxQueuedIngests >= 0 else { throw ValidationError("--max-queued-ingests must not be negative") }
    }

    func run() async throws {
        let store = try await archive.open(create: true)
        let server = ArchiveServer(
            store: store,
            configuration: ArchiveServerConfiguration(
                host: host, port: port, maxBodyBytes: maxBodyBytes, maxConcurrentIngests: maxConcurrentIngests,
                maxQueuedIngests: maxQueuedIngests),
            ingestor: ArchiveIngestor(options: try analysis.analysisOptions()), logger: LogSetup.logger("server"))
        let host = self.host
        let db = archive.db
        do {
            try await server.run { port in
                Terminal.error("serving \(db) on http://\(host):\(port)/ (Ctrl-C stops)")
            }
        } catch {
            Terminal.error("server failed: \(error)")
            throw StorylineExit.ioError
        }
    }
}
