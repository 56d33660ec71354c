import StorylineCore

/// A saved state cut into parts of bounded size, because neither backend stores one value of 1 GB or more (SQLite's
/// longest string or blob, PostgreSQL's largest field), and an archive's copy index passes that size at about
/// 750,000 full-length articles.
public enum StateChunks {
    /// The size of a part unless a store is told otherwise: small enough for both backends, large enough that a
    /// state of gigabytes is a few dozen rows.
    public static let defaultSize = 64 << 20

    /// `bytes` cut into consecutive parts of at most `size` bytes (one empty part for empty bytes).
    public static func split(_ bytes: [UInt8], size: Int) -> [ArraySlice<UInt8>] {
        let size = max(1, size)
        guard !bytes.isEmpty else { return [bytes[...]] }
        return stride(from: 0, to: bytes.count, by: size).map { bytes[$0..<min($0 + size, bytes.count)] }
    }

    /// The parts put back together, in order.
    public static func join(_ parts: [[UInt8]]) -> [UInt8] {
        var joined: [UInt8] = []
        joined.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { joined += part }
        return joined
    }
}

extension AnalysisState {
    /// The rows a checkpoint is saved as: each part (`name`, `part` number, bytes) of the encoded copy index and
    /// event state, cut at `size` bytes.
    public func checkpointParts(size: Int) throws -> [(name: String, part: Int, bytes: ArraySlice<UInt8>)] {
        var rows: [(name: String, part: Int, bytes: ArraySlice<UInt8>)] = []
        for (name, bytes) in [
            (Self.copyIndexPart, try StateCoding.encode(copyIndex)),
            (Self.eventStatePart, try StateCoding.encode(eventState)),
        ] {
            for (part, chunk) in StateChunks.split(bytes, size: size).enumerated() { rows.append((name, part, chunk)) }
        }
        return rows
    }

    /// The state a checkpoint saved, from its parts by name, each name's parts in order. Throws
    /// ``ArchiveError/corruptState(reason:)`` when a part is missing or does not decode.
    public init(checkpointParts parts: [String: [[UInt8]]]) throws {
        guard let copyIndex = parts[Self.copyIndexPart], let eventState = parts[Self.eventStatePart] else {
            throw ArchiveError.corruptState(reason: "the saved analysis state (analysis_chunks) is missing")
        }
        do {
            self.init(
                copyIndex: try StateCoding.decode(CopyIndex.self, from: StateChunks.join(copyIndex)),
                eventState: try StateCoding.decode(EventState.self, from: StateChunks.join(eventState)))
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError.corruptState(reason: "\(error)")
        }
    }

    /// The part names a checkpoint is saved under.
    static let copyIndexPart = "copy_index"
    static let eventStatePart = "event_state"
}
