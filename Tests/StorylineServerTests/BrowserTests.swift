import Foundation
import StorylineServer
import StorylineStoreConformance
import StorylineTestSupport
import Testing

/// The web interface in a real browser: headless Chromium loads pages served by the test, and the test reads the
/// DOM after the browser built it (and after any script would have run).
@Suite("Browser (headless Chromium)")
struct BrowserTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static let buildFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build")

    /// Runs Chromium headless with `arguments` plus `url`; returns stdout.
    static func chromium(_ arguments: [String], url: String) async throws -> String {
        let binary = try #require(chromium)
        let profile = try ScratchFolder.make("chromium-")
        return try await Blocking.run {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments =
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--user-data-dir=\(profile.path)", "--virtual-time-budget=3000",
                ] + arguments + [url]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
            DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: killer)
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            killer.cancel()
            try? FileManager.default.removeItem(at: profile)
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test(
        "search, open an article, open a timeline, and the script in an article never runs",
        .enabled(if: chromium != nil, "no chromium binary (Debian package `chromium`; .ci/run installs it)"),
        arguments: ArchiveBackend.available)
    func browse(_ backend: ArchiveBackend) async throws {
        try await ServerHarness.with(backend: backend) { server in
            let base = "http://127.0.0.1:\(server.port)"
            let home = try await Self.chromium(["--dump-dom"], url: base + "/")
            #expect(home.contains("action=\"/search\""))
            #expect(home.contains("name=\"q\""))

            // Search as the form does (GET /search?q=…), then follow the first result's link.
            let results = try await Self.chromium(["--dump-dom"], url: base + "/search?q=oreth+talks")
            #expect(results.contains("id=\"results\""))
            #expect(results.contains("<mark>"))
            let href = try #require(
                results.firstMatch(of: /<li class="hit[^"]*"[^>]*>.*?href="(\/articles\/[^"]+)"/.dotMatchesNewlines())?
                    .1)
            let article = try await Self.chromium(["--dump-dom"], url: base + String(href))
            #expect(article.contains("id=\"article-title\""))
            #expect(article.contains("id=\"article-text\""))
            #expect(article.contains("id=\"article-event\""))

            // The timeline: three events as links in date order, and a screenshot of it.
            let timelineURL = base + "/storylines/\(ArchiveFixture.orethStoryline)"
            let timeline = try await Self.chromium(["--dump-dom"], url: timelineURL)
            let drawn = timeline.matches(of: /data-event-id="([^"]+)"/).map { String($0.1) }
            #expect(Array(drawn.prefix(3)) == ArchiveFixture.orethEvents)
            #expect(timeline.contains("href=\"/events/\(ArchiveFixture.orethEvents[0])\""))
            try FileManager.default.createDirectory(at: Self.buildFolder, withIntermediateDirectories: true)
            // One file per backend: the backends run in parallel and must not delete each other's screenshot.
            let screenshot = Self.buildFolder.appendingPathComponent("timeline-\(backend).png")
            try? FileManager.default.removeItem(at: screenshot)
            var size = 0
            // A loaded machine can make Chromium exit before it paints; a second attempt tells that from a bug.
            for _ in 0..<2 where size == 0 {
                _ = try await Self.chromium(
                    ["--screenshot=\(screenshot.path)", "--window-size=1200,900"], url: timelineURL)
                size = (try? FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? Int) ?? 0
            }
            #expect(size > 1_000, "screenshot written to \(screenshot.path)")

            // Clicking an event on the timeline opens the event.
            let event = try await Self.chromium(["--dump-dom"], url: base + "/events/\(ArchiveFixture.orethEvents[1])")
            #expect(event.contains("id=\"event-title\""))

            // XSS: the article's script and handler are shown as text, never executed or parsed as elements.
            let xss = try await Self.chromium(
                ["--dump-dom"], url: base + "/articles/\(URLPath.encode(ArchiveFixture.markupArticle))")
            let title = try #require(xss.firstMatch(of: /<title>(.*?)<\/title>/)?.1)
            #expect(!title.contains(ArchiveFixture.scriptMarker), "a script ran and changed the title to \(title)")
            #expect(xss.contains("&lt;script&gt;document.title='\(ArchiveFixture.scriptMarker)'&lt;/script&gt;"))
            #expect(!xss.lowercased().contains("<script"), "the DOM holds a script element")
            #expect(!xss.lowercased().contains("<img"), "the DOM holds an img element")
            #expect(xss.contains("Eve &lt;Hacker&gt;"))
        }
    }
}
