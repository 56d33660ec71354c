/// Dot products of one article against many centroids, through the article's weights scattered by term id.
///
/// A merge of two sorted lists branches on every entry; reading the article's weight at each centroid id does not.
/// The products are the same and are summed in the same (ascending id) order as ``SparseVector/dot(_:)``, the
/// other entries adding exact zeros, so scores are bit-identical to the merge.
extension EventState.Scratch {
    /// Scatters `vector`'s weights into `scattered` (sized for `terms` term ids).
    mutating func scatter(_ vector: SparseVector, upTo terms: Int) {
        if scattered.count < terms { scattered += repeatElement(0, count: terms - scattered.count) }
        for (index, id) in vector.ids.enumerated() { scattered[Int(id)] = vector.weights[index] }
    }

    /// Resets the entries set by ``scatter(_:upTo:)``.
    mutating func clearScattered(_ vector: SparseVector) {
        for id in vector.ids { scattered[Int(id)] = 0 }
    }

    /// The dot product of the scattered vector with `centroid` (whose ids are below the scattered size).
    func dotScattered(_ centroid: SparseVector) -> Double {
        var total = 0.0
        centroid.ids.withUnsafeBufferPointer { ids in
            centroid.weights.withUnsafeBufferPointer { weights in
                scattered.withUnsafeBufferPointer { dense in
                    for index in 0..<ids.count { total += dense[Int(ids[index])] * weights[index] }
                }
            }
        }
        return total
    }
}
