/// One article's unit embedding kept with its event at a byte per dimension (a scale and signed bytes): what a
/// split needs to rebuild the parts' embedding sums, at a quarter of the memory of the floats.
struct PackedEmbedding: Codable, Sendable {
    /// Value of one step of ``values``.
    var scale: Float
    /// The components divided by ``scale`` and rounded, as the bit patterns of `Int8` (stored as bytes, which the
    /// state coder writes in one step).
    var values: [UInt8]

    /// Packs a vector.
    init(_ vector: [Float]) {
        var largest: Float = 0
        for value in vector { largest = max(largest, abs(value)) }
        let scale: Float = largest > 0 ? largest / 127 : 1
        let inverse = 1 / scale
        // |value × inverse| ≤ 127, so adding ±0.5 and truncating rounds to the nearest step without a libm call.
        values = [UInt8](unsafeUninitializedCapacity: vector.count) { buffer, count in
            for (index, value) in vector.enumerated() {
                let step = value * inverse
                buffer[index] = UInt8(bitPattern: Int8(step + (step < 0 ? -0.5 : 0.5)))
            }
            count = vector.count
        }
        self.scale = scale
    }

    /// The vector, as packed.
    var vector: [Float] { values.map { Float(Int8(bitPattern: $0)) * scale } }
}
