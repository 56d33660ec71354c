import Testing

@testable import StorylineServer

@Suite("HTML escaping and URLs")
struct HTMLTests {
    @Test("interpolated text is escaped, literal markup and fragments are not")
    func interpolation() {
        let title = "<script>alert('x')</script> & \"quoted\""
        let fragment: HTML = "<em>\(title)</em>"
        #expect(
            fragment.rendered == "<em>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</em>")
        let outer: HTML = "<p>\(fragment)</p>"
        #expect(outer.rendered == "<p>\(fragment.rendered)</p>")
        let optional: String? = nil
        #expect(("<b>\(optional)</b>" as HTML).rendered == "<b></b>")
        #expect(("\(42)" as HTML).rendered == "42")
    }

    @Test("attribute values cannot be broken out of, control characters are replaced")
    func attributes() {
        let value = "\" onmouseover=\"alert(1)"
        let link: HTML = "<a title=\"\(value)\">x</a>"
        #expect(!link.rendered.contains("\" onmouseover"))
        #expect(HTML.escape("a\u{0}b\u{1B}c") == "a\u{FFFD}b\u{FFFD}c")
    }

    @Test("path segments round-trip through percent-encoding, / included")
    func urlPaths() {
        for id in ["wire/2024-03-12-velmora-strike", "odd id?&#%", "ünï/🙂", "<script>"] {
            let encoded = URLPath.encode(id)
            #expect(!encoded.contains("/") && !encoded.contains("<") && !encoded.contains("?"))
            #expect(URLPath.decode(encoded) == id)
        }
        #expect(URLPath.decode("%ZZ") == nil)
        #expect(URLPath.decode("%FF%FE") == nil)
        #expect(URLPath.query([("q", "a b&c"), ("empty", ""), ("none", nil)]) == "?q=a%20b%26c")
    }
}
