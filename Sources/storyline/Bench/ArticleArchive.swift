import Foundation
import StorylineCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The articles of a scale run, kept on disk as a store would keep them, so that the copy index's `earlier`
/// look-ups cost a read and a re-analysis rather than an in-memory table that would swell the resident size.
///
/// The file is unlinked as soon as it is opened: it disappears when the process ends, whatever happens.
final class ArticleArchive {
    private let descriptor: Int32
    private var offsets: [Int64] = [0]
    private var dates: [Int32] = []
    private var slotBySequence: [Int32] = []
    /// Number of look-ups served.
    private(set) var fetches = 0

    /// Opens an empty archive in the temporary folder.
    init() throws {
        let path = NSTemporaryDirectory() + "storyline-bench-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).archive"
        descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else {
            Terminal.error("cannot create a scratch file in \(NSTemporaryDirectory()); set TMPDIR to a writable folder")
            throw StorylineExit.ioError
        }
        unlink(path)
    }

    deinit { close(descriptor) }

    /// Bytes written.
    var bytes: Int64 { offsets.last ?? 0 }

    /// Appends a synthetic article; it can then be fetched by id.
    func append(_ item: SyntheticArticle) {
        let article = item.article
        var record = article.id + "\u{1F}" + (article.title ?? "") + "\u{1F}" + article.text
        let written = record.withUTF8 { buffer in pwrite(descriptor, buffer.baseAddress, buffer.count, off_t(bytes)) }
        precondition(written == record.utf8.count, "short write to the scale archive")
        offsets.append(bytes + Int64(written))
        dates.append(article.date.map { Int32($0.ordinal) } ?? .min)
        if item.sequence >= slotBySequence.count {
            slotBySequence.append(contentsOf: repeatElement(-1, count: item.sequence + 1 - slotBySequence.count))
        }
        slotBySequence[item.sequence] = Int32(dates.count - 1)
    }

    /// The archive slot (arrival order) of a synthetic id, if it has arrived.
    func slot(of id: String) -> Int? {
        guard let sequence = SyntheticArticle.sequence(fromID: id), sequence < slotBySequence.count,
            slotBySequence[sequence] >= 0
        else { return nil }
        return Int(slotBySequence[sequence])
    }

    /// The article with `id`, read back from disk and prepared for analysis.
    func document(_ id: String) -> Document? {
        guard let slot = slot(of: id) else { return nil }
        fetches += 1
        let start = offsets[slot]
        let length = Int(offsets[slot + 1] - start)
        let text = String(unsafeUninitializedCapacity: length) { buffer in
            max(0, pread(descriptor, buffer.baseAddress, length, off_t(start)))
        }
        let parts = text.split(separator: "\u{1F}", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        let date = dates[slot] == .min ? nil : Day(ordinal: Int(dates[slot]))
        let article = Article(
            id: String(parts[0]), title: parts[1].isEmpty ? nil : String(parts[1]), text: String(parts[2]),
            date: date, dateSource: date == nil ? nil : .field, source: "archive:\(slot)")
        return Document(article)
    }
}
