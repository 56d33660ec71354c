import Dispatch
import Testing

@testable import StorylineCore

@Suite struct OrderedPipelineTests {
    /// Consumes in order and returns the same values as a plain map, for small, chunk-sized and odd-sized inputs.
    @Test(arguments: [0, 1, 5, 63, 64, 65, 1000, 1037])
    func sameAsMapThenLoop(count: Int) {
        var seen: [Int] = []
        var total = 0
        let values = OrderedPipeline.run(count, chunk: 16) {
            $0 * $0
        } consume: { index, value in
            seen.append(index)
            total += value
        }
        #expect(values == (0..<count).map { $0 * $0 })
        #expect(seen == Array(0..<count))
        #expect(total == (0..<count).reduce(0) { $0 + $1 * $1 })
    }

    /// A slow producer on early items does not reorder consumption: the consumer waits or computes them itself.
    @Test func unevenProducersKeepTheOrder() {
        var seen: [Int] = []
        let values = OrderedPipeline.run(500, chunk: 3, minimum: 1) { index -> Int in
            if index % 7 == 0 { usleepish(200) }
            return index + 1
        } consume: { index, value in
            #expect(value == index + 1)
            seen.append(index)
        }
        #expect(seen == Array(0..<500))
        #expect(values.count == 500)
    }

    /// The serial consumer sees its own state consistently (a running sum depends on every earlier item).
    @Test func consumerStateIsSerial() {
        var running: [Int] = []
        var sum = 0
        _ = OrderedPipeline.run(10_000, chunk: 1) {
            $0
        } consume: { _, value in
            sum += value
            running.append(sum)
        }
        #expect(running.last == 10_000 * 9_999 / 2)
        #expect(zip(running, running.dropFirst()).allSatisfy { $0 <= $1 })
    }
}

/// Busy work of about `micros` microseconds, so a test can make some items slower than others.
private func usleepish(_ micros: Int) {
    let start = DispatchTime.now().uptimeNanoseconds
    while DispatchTime.now().uptimeNanoseconds - start < UInt64(micros) * 1000 {}
}
