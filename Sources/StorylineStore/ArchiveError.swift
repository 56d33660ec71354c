/// Failures of an archive, with messages a user can act on.
public enum ArchiveError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The archive cannot be opened or created at `location`.
    case cannotOpen(location: String, reason: String)
    /// The archive was written by a newer Storyline (its schema is ahead of this program).
    case newerSchema(location: String)
    /// Another writer committed a batch between planning and writing; plan again from the new state.
    case stateConflict(expected: Int, found: Int)
    /// A stored analysis state could not be decoded.
    case corruptState(reason: String)
    /// A request the archive cannot serve (bad filter, bad paging).
    case invalidRequest(String)
    /// The backend failed.
    case backend(String)

    /// A one-line description that says what to do.
    public var description: String {
        switch self {
        case .cannotOpen(let location, let reason):
            return "cannot open archive \(location): \(reason)"
        case .newerSchema(let location):
            return "archive \(location) was written by a newer Storyline; upgrade storyline to open it"
        case .stateConflict(let expected, let found):
            return "another writer committed meanwhile (state \(found), planned from \(expected)); retry the batch"
        case .corruptState(let reason):
            return "the stored analysis state is unreadable (\(reason)); restore a backup or re-ingest"
        case .invalidRequest(let message):
            return message
        case .backend(let message):
            return "archive error: \(message)"
        }
    }
}
