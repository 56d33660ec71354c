import Dispatch
import Synchronization

/// Parallel production with in-order consumption: items are computed on every core while one thread hands them,
/// in index order, to a serial consumer (an index that must see documents one after another).
///
/// Used where a serial stage follows a parallel one: instead of waiting for the whole parallel map and then
/// running the serial loop on one core, the two overlap. The consuming thread computes the next chunk itself when
/// no other thread has taken it yet, so nothing waits on a busy machine. The results and the order in which
/// `consume` sees them are the same as a plain `map` followed by a loop, whatever the thread count.
public enum OrderedPipeline {
    /// Computes `produce(i)` for `i` in `0..<count` in parallel, calls `consume(i, value)` for every `i` in order on
    /// one thread, and returns all produced values in order.
    public static func run<T: Sendable>(
        _ count: Int, chunk: Int = 16, minimum: Int = 64, produce: @Sendable (Int) -> T,
        consume: (Int, T) -> Void
    ) -> [T] {
        guard count >= minimum else {
            return (0..<count).map { index in
                let value = produce(index)
                consume(index, value)
                return value
            }
        }
        let size = max(1, chunk)
        let chunks = (count + size - 1) / size
        let done = (0..<chunks).map { _ in DispatchSemaphore(value: 0) }
        let claimed = Atomic<Int>(0)
        var slots = [T?](repeating: nil, count: count)
        slots.withUnsafeMutableBufferPointer { buffer in
            let target = Target(base: buffer.baseAddress!)
            /// Computes chunk `k` into its slots and signals it done.
            @Sendable func compute(_ k: Int) {
                for index in (k * size)..<min(count, (k + 1) * size) { target.base[index] = produce(index) }
                done[k].signal()
            }
            withoutActuallyEscaping(consume) { consume in
                let consumer = Consumer(body: consume)
                // One consumer and producers enough for any core count; surplus producers find nothing left and stop.
                DispatchQueue.concurrentPerform(iterations: min(chunks, 16) + 1) { role in
                    if role == 0 {
                        for k in 0..<chunks {
                            // Take unclaimed chunks up to this one ourselves rather than wait for another thread.
                            while claimed.load(ordering: .relaxed) <= k {
                                let mine = claimed.wrappingAdd(1, ordering: .relaxed).oldValue
                                if mine < chunks { compute(mine) }
                            }
                            done[k].wait()
                            for index in (k * size)..<min(count, (k + 1) * size) {
                                consumer.body(index, target.base[index]!)
                            }
                        }
                    } else {
                        while true {
                            let mine = claimed.wrappingAdd(1, ordering: .relaxed).oldValue
                            guard mine < chunks else { break }
                            compute(mine)
                        }
                    }
                }
            }
        }
        return slots.map { $0! }
    }

    /// The shared output buffer; each chunk's slots are written by one thread, then read after its signal.
    private struct Target<T>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T?>
    }

    /// The consumer, called from one thread only (the first iteration), so it need not be `Sendable`.
    private struct Consumer<T>: @unchecked Sendable {
        let body: (Int, T) -> Void
    }
}
