import Foundation
import StorylineCore
import Testing

@testable import StorylineIngest

/// The package root, found from this file's path, so tests find `../shared` wherever they run.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
let sharedData = packageRoot + "/../shared"

@Suite struct SharedDataTests {
    static let seedsPresent = FileManager.default.fileExists(atPath: sharedData + "/seeds")
    static let ecbPresent = FileManager.default.fileExists(atPath: sharedData + "/data/ecbplus-events/dev.jsonl")

    @Test(.enabled(if: seedsPresent, "../shared/seeds is absent: seed ingest not checked"))
    func seedsReadWithMarkersAsMetadata() throws {
        let result = ArticleReader().read([sharedData + "/seeds"])
        #expect(result.issues.isEmpty)
        #expect(result.articles.count == 5)
        let byID = Dictionary(uniqueKeysWithValues: result.articles.map { (String($0.id.prefix(3)), $0) })
        #expect(byID["000"]?.date == Day(year: 2022, month: 3, day: 31))
        #expect(byID["004"]?.date == Day(year: 2022, month: 3, day: 29))
        #expect(byID["003"]?.date == Day(year: 2025, month: 6, day: 3))
        #expect(byID["001"]?.date == nil)
        #expect(byID["002"]?.date == nil)
        for article in result.articles {
            #expect(!article.text.hasPrefix("date"), "\(article.id) keeps its marker")
            #expect(!article.text.prefix(30).contains("date 20"), "\(article.id) keeps its marker")
        }
        #expect(byID["000"]?.id.count == "000_53e92d0c04c47bd7".count)
    }

    @Test(.enabled(if: ecbPresent, "../shared/data/ecbplus-events is absent: ECB+ ingest not checked"))
    func ecbDevHas197Articles() {
        let result = ArticleReader().read([sharedData + "/data/ecbplus-events/dev.jsonl"])
        #expect(result.articles.count == 197)
        #expect(result.issues.isEmpty)
    }
}
