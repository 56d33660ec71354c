import Foundation

/// Standard input, read whole.
enum StandardInput {
    /// Every byte on standard input.
    static func readAll() -> [UInt8] {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
}
