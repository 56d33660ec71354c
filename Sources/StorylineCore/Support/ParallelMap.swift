import Dispatch

/// Order-preserving parallel map for independent, pure work items (document preparation, fingerprints).
///
/// The result is the same as a plain `map`, whatever the thread count: each index is computed once, by one thread,
/// into its own slot. Small inputs run serially, since spreading them over threads costs more than it saves.
public enum ParallelMap {
    /// `transform` applied to `0..<count`, in order, spread over the machine's cores when `count` is large.
    public static func map<T: Sendable>(_ count: Int, minimum: Int = 64, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count >= minimum else { return (0..<count).map(transform) }
        var slots = [T?](repeating: nil, count: count)
        slots.withUnsafeMutableBufferPointer { buffer in
            let target = Target(base: buffer.baseAddress!)
            let chunks = min(count, 64)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = chunk * count / chunks
                let upper = (chunk + 1) * count / chunks
                for index in lower..<upper { target.base[index] = transform(index) }
            }
        }
        return slots.map { $0! }
    }

    /// `transform` applied to every element of `items`, in order, in parallel when there are many.
    public static func map<Item: Sendable, T: Sendable>(
        _ items: [Item], minimum: Int = 64, _ transform: @Sendable (Item) -> T
    ) -> [T] {
        map(items.count, minimum: minimum) { transform(items[$0]) }
    }

    /// Runs `body` for each of `0..<count` at the same time (independent stages of a pipeline), returning when
    /// all are done. `body` must write its results somewhere thread-safe.
    public static func run(_ count: Int, _ body: @Sendable (Int) -> Void) {
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }

    /// The shared output buffer; each thread writes only its own indices.
    private struct Target<T>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T?>
    }
}
