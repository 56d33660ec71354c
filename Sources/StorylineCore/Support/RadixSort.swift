/// Sorting of 64-bit keys by least-significant-digit radix sort: linear in the number of keys, where comparison
/// sorts pay a logarithm and a closure call per comparison.
///
/// Hot paths sort a few hundred hashes per document (copy profiles); the result is the same sorted array as
/// `sort()` gives.
enum RadixSort {
    /// Sorts `values` in ascending order. Byte positions where every key holds the same byte are skipped.
    static func sort(_ values: inout [UInt64]) {
        let n = values.count
        if n < 64 {
            values.sort()
            return
        }
        var counts = [Int](repeating: 0, count: 8 * 256)
        var other = [UInt64](repeating: 0, count: n)
        values.withUnsafeMutableBufferPointer { source in
            other.withUnsafeMutableBufferPointer { target in
                counts.withUnsafeMutableBufferPointer { counts in
                    for value in source {
                        for digit in 0..<8 { counts[digit * 256 + Int((value >> (8 * UInt64(digit))) & 0xFF)] += 1 }
                    }
                    var from = source
                    var to = target
                    var swapped = false
                    for digit in 0..<8 {
                        let base = digit * 256
                        let firstByte = Int((from[0] >> (8 * UInt64(digit))) & 0xFF)
                        if counts[base + firstByte] == n { continue }  // every key has this byte: nothing to do
                        var offset = 0
                        for bucket in 0..<256 {
                            let count = counts[base + bucket]
                            counts[base + bucket] = offset
                            offset += count
                        }
                        for value in from {
                            let bucket = base + Int((value >> (8 * UInt64(digit))) & 0xFF)
                            to[counts[bucket]] = value
                            counts[bucket] += 1
                        }
                        swap(&from, &to)
                        swapped.toggle()
                    }
                    if swapped {  // the sorted keys are in the scratch buffer
                        _ = source.update(fromContentsOf: target)
                    }
                }
            }
        }
    }
}
