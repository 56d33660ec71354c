import ArgumentParser

/// Exit codes scripts can rely on (BSD sysexits).
enum StorylineExit {
    /// Bad input data under `--strict` (EX_DATAERR).
    static let dataError = ExitCode(65)
    /// A named input does not exist (EX_NOINPUT).
    static let noInput = ExitCode(66)
    /// Storage or server failure (EX_SOFTWARE is for bugs; EX_IOERR for I/O).
    static let ioError = ExitCode(74)
}
