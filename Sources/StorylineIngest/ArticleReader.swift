import Foundation
import StorylineCore

/// Reads articles from files, folders (walked recursively) and standard input.
///
/// Every bad input is reported as an ``IngestIssue`` naming the file (and line) and the rest goes on; the caller
/// decides whether issues are fatal (`--strict`).
public struct ArticleReader: Sendable {
    /// Limits in force.
    public var options: IngestOptions

    /// Creates a reader.
    public init(options: IngestOptions = IngestOptions()) { self.options = options }

    /// Reads every path in order; `-` reads JSON Lines from `standardInput`. `progress` gets (files done, total).
    public func read(
        _ paths: [String], standardInput: () -> [UInt8] = { [] }, progress: ((Int, Int) -> Void)? = nil
    ) -> IngestResult {
        var result = IngestResult()
        var plan: [(file: String, relativeID: String)] = []
        for path in paths {
            if path == "-" {
                plan.append(("-", "stdin"))
                continue
            }
            plan.append(contentsOf: expand(path, into: &result))
        }
        var seen: [String: String] = [:]
        for (index, entry) in plan.enumerated() {
            progress?(index, plan.count)
            let before = result.articles.count
            if entry.file == "-" {
                readJSONLines(bytes: standardInput(), source: "<stdin>", stem: "stdin", into: &result)
            } else {
                readFile(entry.file, id: entry.relativeID, into: &result)
            }
            result.filesRead += 1
            var kept: [Article] = Array(result.articles[..<before])
            for article in result.articles[before...] {
                if let first = seen[article.id] {
                    result.issues.append(
                        IngestIssue(
                            .duplicateID, source: article.source,
                            message: "duplicate article id \"\(article.id)\", already used by \(first); skipped"))
                } else {
                    seen[article.id] = article.source
                    kept.append(article)
                }
            }
            result.articles = kept
        }
        progress?(plan.count, plan.count)
        return result
    }

    /// The files a path stands for, with the id stem of each (relative path without extension).
    func expand(_ path: String, into result: inout IngestResult) -> [(file: String, relativeID: String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            result.issues.append(IngestIssue(.missing, source: path, message: "no such file or directory"))
            return []
        }
        guard isDirectory.boolValue else {
            let name = (path as NSString).lastPathComponent
            return [(path, stem(name))]
        }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            result.issues.append(IngestIssue(.missing, source: path, message: "cannot read directory"))
            return []
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            if InputFormat(fileName: name) != nil { files.append(relative) }
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        return files.sorted().compactMap { relative in
            var isDir: ObjCBool = false
            let full = base + relative
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue else {
                return nil
            }
            return (full, stem(relative))
        }
    }

    private func stem(_ relative: String) -> String {
        let name = (relative as NSString).lastPathComponent
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return relative }
        let directory = (relative as NSString).deletingLastPathComponent
        let base = String(name[..<dot])
        return directory.isEmpty ? base : directory + "/" + base
    }

    private func readFile(_ path: String, id: String, into result: inout IngestResult) {
        guard let format = InputFormat(fileName: path) else {
            result.issues.append(
                IngestIssue(
                    .unsupported, source: path, message: "unsupported file type (use .txt, .md, .jsonl or .html)"))
            return
        }
        let bytes: [UInt8]
        switch loadBytes(path) {
        case .success(let loaded): bytes = loaded
        case .failure(let issue):
            result.issues.append(issue)
            return
        }
        if format == .jsonLines {
            readJSONLines(bytes: bytes, source: path, stem: id, into: &result)
            return
        }
        let text: String
        switch ByteCheck.text(bytes, source: path, limit: options.maxBytes) {
        case .success(let decoded): text = decoded
        case .failure(let issue):
            result.issues.append(issue)
            return
        }
        switch format {
        case .text:
            let article = TextArticleParser.parse(text, id: id, source: path)
            if article.text.allSatisfy(\.isWhitespace) {
                result.issues.append(IngestIssue(.empty, source: path, message: "file holds a date marker but no text"))
            } else {
                result.articles.append(article)
            }
        case .html:
            switch HTMLArticleParser.parse(text, id: id, source: path) {
            case .success(let article): result.articles.append(article)
            case .failure(let issue): result.issues.append(issue)
            }
        case .jsonLines:
            break
        }
    }

    private func readJSONLines(bytes: [UInt8], source: String, stem: String, into result: inout IngestResult) {
        let text: String
        switch ByteCheck.text(bytes, source: source, limit: options.maxBytes) {
        case .success(let decoded): text = decoded
        case .failure(let issue):
            result.issues.append(issue)
            return
        }
        let lines = JSONLinesParser.parse(
            text, source: source, maxLineBytes: options.maxLineBytes, fields: options.fields,
            defaultID: { "\(stem):\($0)" })
        for line in lines {
            result.issues.append(contentsOf: line.warnings)
            switch line.result {
            case .success(let article): result.articles.append(article)
            case .failure(let issue): result.issues.append(issue)
            }
        }
    }

    /// Reads a file's bytes, refusing files over the limit before loading them.
    private func loadBytes(_ path: String) -> Result<[UInt8], IngestIssue> {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > options.maxBytes {
            return .failure(
                IngestIssue(
                    .tooLarge, source: path,
                    message:
                        "file is \(size) bytes, over the \(options.maxBytes)-byte limit (raise it with --max-bytes)"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(IngestIssue(.missing, source: path, message: "cannot read file (permission denied?)"))
        }
        return .success([UInt8](data))
    }
}
