import Foundation
import StorylineCore
import Synchronization

/// Where the word-piece embedding table comes from: `--embeddings FILE`, env `STORYLINE_EMBEDDINGS`, or the table
/// shipped with Storyline (`Sources/storyline/Resources/word-pieces.slemb`, copied next to the executable by the
/// build). `none` turns embeddings off. Each file is read once per process.
enum EmbeddingTableFile {
    /// The environment variable naming a table file (or `none`).
    static let environmentKey = "STORYLINE_EMBEDDINGS"
    /// The shipped table's file name.
    static let fileName = "word-pieces.slemb"

    private static let loaded = Mutex<[String: WordEmbeddings]>([:])

    /// The table a setting names: empty for the shipped one, `none` for no table, else a file path. A named
    /// file that cannot be read (exit 66) or is no table (exit 65) is an error naming it; a missing shipped table
    /// (a binary copied without its resource folder) is a warning, and clustering compares terms only.
    static func load(_ setting: String) throws -> WordEmbeddings? {
        let setting = setting.trimmingCharacters(in: .whitespaces)
        if setting.lowercased() == "none" { return nil }
        let path: String
        if setting.isEmpty {
            guard let shipped = shippedPath() else {
                Terminal.error(
                    "warning: the embedding table \(fileName) was not found next to the executable; short texts "
                        + "are clustered by their words only (set \(environmentKey) to the file, or to none)")
                return nil
            }
            path = shipped
        } else {
            path = setting
        }
        if let table = loaded.withLock({ $0[path] }) { return table }
        guard let data = FileManager.default.contents(atPath: path) else {
            Terminal.error(
                "embedding table \(path): cannot be read (missing, a folder, or not permitted); name a table file, "
                    + "or none")
            throw StorylineExit.noInput
        }
        let table: WordEmbeddings
        do {
            table = try data.withUnsafeBytes { buffer in
                Result { () throws(EmbeddingTableError) in try WordEmbeddings(bytes: buffer) }
            }.get()
        } catch {
            Terminal.error("embedding table \(path): \(error.description)")
            throw StorylineExit.dataError
        }
        loaded.withLock { $0[path] = table }
        return table
    }

    /// The shipped table: in SwiftPM's resource folder next to the executable, else in the source tree this binary
    /// was built from.
    static func shippedPath() -> String? {
        var candidates: [String] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
            for bundle in ["Storyline_storyline.resources", "Storyline_storyline.bundle/Contents/Resources"] {
                candidates.append(executable.appendingPathComponent(bundle).appendingPathComponent(fileName).path)
            }
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(source.appendingPathComponent("Resources").appendingPathComponent(fileName).path)
        return candidates.first { FileManager.default.isReadableFile(atPath: $0) }
    }
}
