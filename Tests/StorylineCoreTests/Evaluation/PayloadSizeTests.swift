import Testing

@testable import StorylineCore

@Suite struct PayloadSizeTests {
    struct Sample: Encodable {
        var name = "abc"
        var count = 1
        var weights: [Double] = [1, 2]
        var nested: [String: Int32] = ["k": 1]
        var missing: Int? = nil
    }

    @Test func countsLeafBytesOnly() {
        // "abc" 3 + Int 8 + two Doubles 16 + Int32 4 (keys are not counted); a nil optional key is omitted.
        #expect(PayloadSize.of(Sample()) == 31)
        #expect(PayloadSize.of(["é"]) == 2)
    }

    @Test func scalesWithContent() {
        #expect(PayloadSize.of([Int](repeating: 7, count: 1_000)) == 8_000)
        #expect(PayloadSize.of([[UInt8]](repeating: [1, 2], count: 10)) == 20)
    }
}
