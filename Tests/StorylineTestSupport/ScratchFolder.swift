import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Temporary folders for the tests of one process. They all live under one root folder, which is removed when the
/// process exits, so that test runs do not leave archives, inputs and captured output behind in the system's
/// temporary directory (thousands of folders after a day of runs).
public enum ScratchFolder {
    /// The root of this process's scratch folders, made on first use: `storyline-tests-<pid>-<random>` in the
    /// temporary directory. Its removal is registered with `atexit`, which runs when the test runner ends normally.
    public static let root: String = {
        let path = NSTemporaryDirectory() + "storyline-tests-\(getpid())-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: ScratchFolder.root) }
        return path
    }()

    /// A new, empty folder under ``root`` whose name starts with `prefix`.
    public static func make(_ prefix: String) throws -> URL {
        let folder = URL(fileURLWithPath: root).appendingPathComponent(prefix + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A path for a new archive file named `archive.sqlite` in a new folder (the folder exists, the file does not).
    public static func archivePath(_ prefix: String = "archive-") -> String {
        let folder = (try? make(prefix)) ?? URL(fileURLWithPath: root)
        return folder.appendingPathComponent("archive.sqlite").path
    }
}
