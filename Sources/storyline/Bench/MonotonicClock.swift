#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Nanosecond timestamps from the monotonic clock, cheap enough to take several per article.
enum MonotonicClock {
    /// Nanoseconds since an arbitrary fixed point.
    @inline(__always) static func nanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
    }
}
