import Testing

@testable import StorylineIngest

/// A realistic news page: navigation, ads, scripts with tag-like strings, JSON-LD, entities, related links.
let htmlNewsPage = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <title>Storm batters coast &amp; towns | Daily Post</title>
    <meta property="og:title" content="Storm batters coast &amp; towns">
    <meta name="description" content="Summary">
    <style>p { color: red; } .x > p { }</style>
    <script>var s = "</p><p>NOT BODY</p>"; if (a < b && c > d) { x(); }</script>
    <script type="application/ld+json">
    {"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm \\"batters\\" coast",
     "datePublished" :  "2024-03-05T08:30:00Z","dateModified":"2024-03-05T10:00:00Z"}
    </script>
    </head>
    <body class="single has-sidebar">
    <header class="site-header"><a href="/">Daily Post</a>
      <nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    </header>
    <div class="cookie-banner"><p>We use cookies to improve your experience.</p></div>
    <main>
    <article class="post tag-social-media">
      <header>
        <h1>Storm batters coast &amp; towns</h1>
        <p class="byline">By Jane Doe</p>
        <time datetime="2024-03-05T08:30:00Z">5 March 2024</time>
      </header>
      <p>A powerful storm battered the coast on Tuesday, leaving thousands without power &amp; water.</p>
      <div class="ad-slot"><p>Advertisement: buy now!</p></div>
      <p>Officials said it was the region&#8217;s worst storm in a decade &mdash; and the council&rsquo;s
         emergency plan was &#x2019;activated&#x2019; early.</p>
      <figure><img src="a.jpg" alt="x"><figcaption>Waves hit the pier.</figcaption></figure>
      <h2>Recovery efforts</h2>
      <p>Crews worked <em>through the night</em>, said <a href="/p">Mayor Smith</a>.</p>
      <blockquote><p>&ldquo;We will rebuild,&rdquo; she said.</p></blockquote>
      <div class="share-tools"><button>Share</button><p>Share this story</p></div>
      <ul><li>List item that is not a paragraph</li></ul>
      <aside class="related"><h3>Related</h3><p>Other story text</p>
        <article><p>Teaser inside aside</p><time datetime="1999-01-01">old</time></article></aside>
    </article>
    </main>
    <div id="comments"><p>Great article!</p></div>
    <footer><p>&copy; 2024 Daily Post</p></footer>
    <script>document.write("<p>late</p>")</script>
    </body>
    </html>
    """

@Suite struct HTMLArticleExtractorTests {
    @Test func extractsTitleDateAndBodyOnly() {
        let page = HTMLArticleExtractor.extract(htmlNewsPage)
        #expect(page.title == "Storm batters coast & towns")
        #expect(page.publishedTime?.hasPrefix("2024-03-05") == true)
        let body = page.paragraphs.joined(separator: "\n")
        #expect(body.contains("leaving thousands without power & water."))
        #expect(body.contains("region\u{2019}s worst storm in a decade \u{2014} and the council\u{2019}s"))
        #expect(body.contains("Crews worked through the night, said Mayor Smith."))
        for boilerplate in [
            "NOT BODY", "Advertisement", "cookies", "Share this story", "Other story", "Great article",
            "Daily Post", "late", "World",
        ] {
            #expect(!body.contains(boilerplate), "\(boilerplate) leaked into the body")
        }
    }

    @Test func pageWithoutArticleUsesBody() {
        let html =
            "<html><body><nav>Menu</nav><p>First paragraph here.</p><p>Second one.</p><footer>f</footer></body></html>"
        #expect(HTMLArticleExtractor.extract(html).paragraphs == ["First paragraph here.", "Second one."])
    }

    @Test func divAndBreakFallback() {
        let html = "<html><body><div>Line one of the story is here.<br><br>Line two of the story.</div></body></html>"
        #expect(HTMLArticleExtractor.extract(html).paragraphs.count == 2)
    }

    @Test func malformedPagesNeverCrash() {
        let inputs = [
            "", "<", "<<>>", "<p", "<p class=\"unterminated", "<!-- never closed <p>text</p>", "<script>if (a<b)",
            "</div></div><p>orphan closers</p>", "<p>unclosed <b>bold <i>italic", "\u{0}\u{1}binary<p>x</p>",
            String(repeating: "<div>", count: 10_000) + "<p>deep</p>",
        ]
        for input in inputs { _ = HTMLArticleExtractor.extract(input) }
        #expect(HTMLArticleExtractor.extract("<p>unclosed <b>bold").paragraphs == ["unclosed bold"])
        #expect(HTMLArticleExtractor.extract("").paragraphs.isEmpty)
    }

    @Test func entitiesAreDecoded() {
        let html = "<p>Caf&eacute; &amp; bar &#8217;n&#x2019; &lt;tag&gt; &nbsp;x &unknown; &#xD800;</p>"
        #expect(
            HTMLArticleExtractor.extract(html).paragraphs == [
                "Caf\u{E9} & bar \u{2019}n\u{2019} <tag> x &unknown; \u{FFFD}"
            ])
    }
}
