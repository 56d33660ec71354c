/// A state that can say how many bytes it holds, so benchmarks can report index memory per article.
///
/// Engines whose persistent state matters at scale (``CopyIndex``, ``EventState``) may adopt this with an
/// estimate of their heap use (buffer capacities, hash tables); `storyline bench scale` prefers it to the
/// ``PayloadSize`` of the encoded state when present.
public protocol MemoryFootprintReporting {
    /// Estimated bytes held by this value, including the buffers it owns.
    var memoryFootprint: Int { get }
}
