import StorylineCore
import StorylineStore

/// The answer of `GET /api/compare`: two stored articles side by side, as `storyline explain` shows them.
///
/// Whether one copies the other (the verdict, or none, with the aligned sentences and swapped words either way), and
/// whether they tell the same story (``StoryComparison``, with word weights the archive learnt from every article it
/// holds), so that a reader can check a link the archive did not draw, or one it did.
struct ArticleComparison: Encodable, Sendable {
    /// The first article asked for.
    var a: ArticleSummary
    /// The second article asked for.
    var b: ArticleSummary
    /// The copy verdict (its `a` is the original), absent when the two are not copies.
    var copy: CopyReport?
    /// Aligned sentences, swapped words and coverage, with `a` the first article asked for.
    var explanation: CopyExplanation
    /// How alike they are as stories.
    var story: StoryComparison
}
