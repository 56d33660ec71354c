/// The sum of the unit embeddings of an event's short-text members, with its squared norm kept up to date, so that
/// scoring an article against an event reads the sum once (one dot product) and never re-measures it.
struct EmbeddingSum: Codable, Sendable {
    /// Component-wise sum of the members' unit embeddings.
    private(set) var vector: [Float]
    /// Squared norm of ``vector``.
    private(set) var normSquared: Float

    /// A sum holding one vector.
    init(_ vector: [Float]) {
        self.vector = vector
        normSquared = EmbeddingSum.dot(vector, vector)
    }

    /// Adds a vector of the same dimensions (anything else is ignored).
    mutating func add(_ other: [Float]) {
        guard other.count == vector.count else { return }
        vector.withUnsafeMutableBufferPointer { sum in
            other.withUnsafeBufferPointer { other in
                for index in sum.indices { sum[index] += other[index] }
            }
        }
        normSquared = EmbeddingSum.dot(vector, vector)
    }

    /// Cosine of a unit vector with the sum, or `nil` when the dimensions differ or the sum is zero.
    func cosine(unit other: [Float]) -> Double? {
        guard other.count == vector.count, normSquared > 0 else { return nil }
        return Double(EmbeddingSum.dot(vector, other) / normSquared.squareRoot())
    }

    /// Cosine of two sums, or `nil` when the dimensions differ or either is zero.
    func cosine(_ other: EmbeddingSum) -> Double? {
        guard other.vector.count == vector.count, normSquared > 0, other.normSquared > 0 else { return nil }
        return Double(EmbeddingSum.dot(vector, other.vector) / (normSquared * other.normSquared).squareRoot())
    }

    /// Adds `vector` to an optional sum, which starts at the first vector added.
    static func accumulate(_ vector: [Float], into sum: inout EmbeddingSum?) {
        if sum == nil { sum = EmbeddingSum(vector) } else { sum!.add(vector) }
    }

    /// Dot product of two vectors of equal length, eight lanes at a time.
    static func dot(_ a: [Float], _ b: [Float]) -> Float {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                let count = min(a.count, b.count)
                var lanes = SIMD8<Float>()
                var index = 0
                while index + 8 <= count {
                    let x = UnsafeRawPointer(a.baseAddress! + index).loadUnaligned(as: SIMD8<Float>.self)
                    let y = UnsafeRawPointer(b.baseAddress! + index).loadUnaligned(as: SIMD8<Float>.self)
                    lanes += x * y
                    index += 8
                }
                var total = lanes.sum()
                while index < count {
                    total += a[index] * b[index]
                    index += 1
                }
                return total
            }
        }
    }
}
