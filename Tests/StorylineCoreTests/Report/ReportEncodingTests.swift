import FoundationEssentials
import Testing

@testable import StorylineCore

@Suite struct ReportEncodingTests {
    /// The bytes the plain encoder writes, which the chunked, parallel ``Report/jsonData()`` must reproduce.
    private func plain(_ report: Report) throws -> [UInt8] {
        Array(try Report.encoder.encode(report)) + [0x0A]
    }

    @Test func emptyReportIsWhatTheEncoderWrites() throws {
        let report = Report(articles: [])
        #expect(Array(try report.jsonData()) == (try plain(report)))
    }

    @Test func largeListsSplitIntoChunksGiveTheEncodersBytes() throws {
        let articles = (0..<700).map { k in
            ArticleReport(
                id: "a\(k)", title: k % 3 == 0 ? nil : "Title \"\(k)\" / é\n", date: k % 2 == 0 ? nil : Day(ordinal: k),
                dateSource: k % 2 == 0 ? nil : .inferred, dateRange: nil,
                dateEvidence: k % 5 == 0 ? ["why \(k)"] : nil, source: "f.jsonl:\(k)", words: k)
        }
        let events = (0..<300).map { k in
            EventReport(id: "e\(k)", title: "Event \(k)", date: nil, articles: ["a\(k)", "a\(k + 300)"])
        }
        let quotes = (0..<129).map { k in
            QuoteReport(
                article: "a\(k)", text: "Said \(k)", speaker: k % 2 == 0 ? "Ann Lee" : nil, verb: nil, sentence: k)
        }
        let entities = [EntityReport(name: "Kyiv", type: .place, articles: [], mentions: 2)]
        let report = Report(articles: articles, events: events, quotes: quotes, entities: entities)
        #expect(Array(try report.jsonData()) == (try plain(report)))
    }
}
