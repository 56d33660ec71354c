import Testing

@testable import StorylineCore
