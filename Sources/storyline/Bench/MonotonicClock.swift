#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Nanosecond timestamps, cheap enough to take several per article.
enum MonotonicClock {
    /// Wall-clock nanoseconds since an arbitrary fixed point (monotonic).
    @inline(__always) static func nanoseconds() -> UInt64 { read(CLOCK_MONOTONIC) }

    /// CPU nanoseconds used by the calling thread: unlike wall time, other processes on a shared machine do not
    /// inflate it, so per-article costs stay comparable between runs.
    @inline(__always) static func threadCPUNanoseconds() -> UInt64 { read(CLOCK_THREAD_CPUTIME_ID) }

    @inline(__always) private static func read(_ clock: clockid_t) -> UInt64 {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
    }
}
