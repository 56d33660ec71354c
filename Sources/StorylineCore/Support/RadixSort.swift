/// Sorting of 64-bit hashes by their leading bits: linear in the number of keys for well-mixed hashes, where a
/// comparison sort pays a logarithm and a closure call per comparison.
///
/// Hot paths sort a few hundred hashes per document (copy profiles). Keys are spread into buckets by their top
/// bits (about two keys per bucket), then each bucket is put in order by insertion; the result is the same sorted
/// array as `sort()` gives, whatever the keys (keys that share their top bits only make it slower).
enum RadixSort {
    /// Sorts `values` in ascending order.
    static func sort(_ values: inout [UInt64]) {
        values = sorted(values, unique: false)
    }

    /// `values` in ascending order, without repeated values when `unique` is set.
    static func sorted(_ values: [UInt64], unique: Bool) -> [UInt64] {
        let n = values.count
        if n < 32 {
            var result = values.sorted()
            if unique { result.removeRepeats() }
            return result
        }
        var bits = 1
        while 2 << bits < n { bits += 1 }
        let buckets = 1 << bits
        let shift = UInt64(64 - bits)
        var kept = 0
        let result = [UInt64](unsafeUninitializedCapacity: n) { target, initialized in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: buckets + 1) { starts in
                starts.initialize(repeating: 0)
                values.withUnsafeBufferPointer { source in
                    for value in source { starts[Int(value >> shift) + 1] += 1 }
                    for bucket in 0..<buckets { starts[bucket + 1] += starts[bucket] }
                    for value in source {
                        let bucket = Int(value >> shift)
                        target[Int(starts[bucket])] = value
                        starts[bucket] += 1
                    }
                }
                // Buckets are in order; the keys inside each are not. Small buckets (the rule for hashes) are put
                // in order by insertion, large ones (many keys sharing their top bits) by the library sort.
                var lower = 0
                for bucket in 0..<buckets {
                    let upper = Int(starts[bucket])  // now the end of the bucket
                    if upper - lower > 16 {
                        var keys = UnsafeMutableBufferPointer(rebasing: target[lower..<upper])
                        keys.sort()
                    } else if upper - lower > 1 {
                        for k in (lower + 1)..<upper {
                            let value = target[k]
                            var j = k
                            while j > lower, target[j - 1] > value {
                                target[j] = target[j - 1]
                                j -= 1
                            }
                            target[j] = value
                        }
                    }
                    lower = upper
                }
            }
            kept = n
            if unique {
                kept = 1
                for k in 1..<n where target[k] != target[kept - 1] {
                    target[kept] = target[k]
                    kept += 1
                }
            }
            initialized = kept
        }
        return result
    }
}

extension Array where Element == UInt64 {
    /// Removes each value equal to the one before it (on a sorted array: the repeated values).
    mutating func removeRepeats() {
        guard count > 1 else { return }
        var kept = 1
        for k in 1..<count where self[k] != self[kept - 1] {
            self[kept] = self[k]
            kept += 1
        }
        removeLast(count - kept)
    }
}
