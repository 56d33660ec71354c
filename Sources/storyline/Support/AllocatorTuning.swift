/// Allocator settings for a process that builds many small arrays per article on several threads.
///
/// glibc grows each thread's heap a little at a time (one `mprotect` per step, slow in virtual machines); asking for
/// 64 MB of headroom per step makes a batch (`eval copies`) about a tenth faster. Address space is reserved, not
/// memory: pages count only once they are used.
enum AllocatorTuning {
    /// Applies the settings (glibc only; elsewhere nothing).
    static func apply() {
        #if os(Linux) && canImport(Glibc)
            _ = glibcMallopt(-2, 64 << 20)  // M_TOP_PAD (malloc.h, which the Glibc module does not export)
        #endif
    }
}

#if os(Linux) && canImport(Glibc)
    /// glibc's `int mallopt(int param, int value)`.
    @_silgen_name("mallopt")
    private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
