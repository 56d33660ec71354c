import Testing

@testable import StorylineCore

/// The check that lets normalisation return a text as it is.
@Suite struct NormalCheckTests {
    @Test func wordAtATimeCheckAgreesWithTheScalarCheck() {
        let pieces = [
            "a", "Word", " ", "  ", "\n", "\n\n", "\n\n\n", " \n", "\n ", "\t", "`", "\u{7F}", "\u{1}", "£", "é",
            "\u{A0}",
            "\u{201C}", ".", "x y", "\r", "ſ", "\u{0301}",
        ]
        var random = SeededRandom(seed: 13)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<random.int(in: 0...24) { text += random.pick(pieces) }
            let bytes = Array(text.utf8)
            let fast = bytes.withUnsafeBufferPointer { TextNormalizer.isNormal($0) }
            let slow = bytes.withUnsafeBufferPointer { TextNormalizer.isNormalScalarByScalar($0) }
            #expect(fast == slow, "\(text.debugDescription)")
            if fast { #expect(TextNormalizer.normalize(text) == text, "\(text.debugDescription)") }
        }
    }

    @Test func byteMasksAreExact() {
        for value in 0...255 {
            let v = UInt64(value) | (UInt64(0x20) << 8) | (UInt64(0x80) << 16) | (UInt64(0x1F) << 24)
            #expect((SWAR.equal(v, 0x20) & 0xFF != 0) == (value == 0x20))
            #expect((SWAR.equal(v, 0x60) & 0xFF != 0) == (value == 0x60))
            #expect((SWAR.below(v, 0x20) & 0xFF != 0) == (value < 0x20))
            // The other bytes (0x20, 0x80, 0x1F, then zeros) are judged on their own, whatever the first byte.
            #expect(SWAR.equal(v, 0x20) >> 8 & 0xFF_FFFF == 0x80)
            #expect(SWAR.below(v, 0x20) >> 8 & 0xFF_FFFF == 0x80_0000)
        }
    }

    @Test func inertScalarsAreTheirOwnNFCAndComposeWithNothing() {
        let inert = (0xA1...0x17F).compactMap(Unicode.Scalar.init).filter { TextNormalizer.isInert($0.value) }
        #expect(inert.count > 200)
        let neighbours = inert + (0x20...0x7E).compactMap(Unicode.Scalar.init)
        for scalar in inert {
            for other in neighbours {
                for pair in [[scalar, other], [other, scalar]] {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: pair)
                    let text = String(view)
                    #expect(Array(text._nfcCodeUnits) == Array(text.utf8), "\(pair)")
                }
            }
        }
    }

    @Test func normalTextIsReturnedAsItIs() {
        let normal = "One two.\nThree £4.\n\nFive."
        #expect(Array(normal.utf8).withUnsafeBufferPointer { TextNormalizer.isNormal($0) })
        #expect(TextNormalizer.normalize(normal) == normal)
        for text in [" a", "a ", "a  b", "a\n\n\nb", "a \nb", "a\n b", "a\tb", "a`b", "\u{201C}a", "a\n"] {
            let normal = Array(text.utf8).withUnsafeBufferPointer { TextNormalizer.isNormal($0) }
            #expect(!normal, "\(text.debugDescription)")
            #expect(TextNormalizer.normalize(text) != text, "\(text.debugDescription)")
        }
    }
}
