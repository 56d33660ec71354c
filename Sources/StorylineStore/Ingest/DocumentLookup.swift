import StorylineCore

/// Documents by id for the synchronous analyses: the batch's own first, then ones already read back, then the
/// store. A read error is kept and rethrown after the analysis call, which cannot throw itself.
final class DocumentLookup {
    private var documents: [String: Document]
    private let session: any IngestSession
    private var error: (any Error)?

    init(fresh: [Document], session: some IngestSession) {
        documents = Dictionary(fresh.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.session = session
    }

    /// The document with this id, reading it from the store when needed; `nil` when unknown or unreadable.
    func document(_ id: String) -> Document? {
        if let document = documents[id] { return document }
        guard error == nil else { return nil }
        do {
            guard let article = try session.article(id: id) else { return nil }
            let document = Document(article)
            documents[id] = document
            return document
        } catch {
            self.error = error
            return nil
        }
    }

    /// An article's headline, or `nil`.
    func title(_ id: String) -> String? { document(id)?.article.title }

    /// Throws the first read error met since the lookup was made.
    func rethrow() throws {
        if let error { throw error }
    }
}
