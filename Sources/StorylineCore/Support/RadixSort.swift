/// Sorting of 64-bit hashes by their leading bits: linear in the number of keys for well-mixed hashes, where a
/// comparison sort pays a logarithm and a closure call per comparison.
///
/// Hot paths sort a few hundred hashes per document (copy profiles). Keys are spread into buckets by their top
/// bits (about one key per bucket), then each bucket is put in order by insertion; the result is the same sorted
/// array as `sort()` gives, whatever the keys (skewed keys only make it slower).
enum RadixSort {
    /// Sorts `values` in ascending order.
    static func sort(_ values: inout [UInt64]) {
        let n = values.count
        if n < 32 {
            values.sort()
            return
        }
        var bits = 1
        while 1 << bits < n { bits += 1 }
        let shift = UInt64(64 - bits)
        var starts = [UInt32](repeating: 0, count: (1 << bits) + 1)
        var sorted = [UInt64](repeating: 0, count: n)
        values.withUnsafeBufferPointer { source in
            starts.withUnsafeMutableBufferPointer { starts in
                sorted.withUnsafeMutableBufferPointer { target in
                    for value in source { starts[Int(value >> shift) + 1] += 1 }
                    for bucket in 0..<(1 << bits) { starts[bucket + 1] += starts[bucket] }
                    for value in source {
                        let bucket = Int(value >> shift)
                        target[Int(starts[bucket])] = value
                        starts[bucket] += 1
                    }
                    // Buckets are in order; the keys inside each are not. Small buckets (the rule for hashes) are
                    // put in order by insertion, large ones (many keys sharing their top bits) by the library sort.
                    var lower = 0
                    for bucket in 0..<(1 << bits) {
                        let upper = Int(starts[bucket])  // now the end of the bucket
                        if upper - lower > 16 {
                            var bucketKeys = UnsafeMutableBufferPointer(rebasing: target[lower..<upper])
                            bucketKeys.sort()
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
            }
        }
        values = sorted
    }
}
