import StorylineStore
import Testing

@Suite struct StateChunksTests {
    @Test("bytes cut into parts of at most the size, and joined back unchanged", arguments: [1, 3, 7, 10, 64])
    func roundTrip(size: Int) {
        let bytes = (0..<23).map { UInt8($0 * 11 % 256) }
        let parts = StateChunks.split(bytes, size: size)
        #expect(parts.allSatisfy { $0.count <= size && !$0.isEmpty })
        #expect(parts.count == (bytes.count + size - 1) / size)
        #expect(StateChunks.join(parts.map(Array.init)) == bytes)
    }

    @Test("empty bytes are one empty part")
    func empty() {
        #expect(StateChunks.split([], size: 8).map(Array.init) == [[]])
        #expect(StateChunks.join([[]]).isEmpty)
    }
}
