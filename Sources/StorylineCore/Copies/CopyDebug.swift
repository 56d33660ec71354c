#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Scratch diagnostics (temporary): alignment figures of every compared pair on standard error.
enum CopyDebug {
    static let enabled = getenv("STORYLINE_COPY_DEBUG") != nil

    static func log(_ a: String, _ b: String, _ pa: CopyProfile, _ pb: CopyProfile, _ al: Alignment) {
        let modified = al.pairs.filter { $0.similarity < 1 }.count
        let (subs, indels) = CopyJudge.editShape(pa, pb, al)
        let line =
            "DEBUG \(a) \(b) wa=\(pa.wordCount) wb=\(pb.wordCount) ua=\(pa.unitCount) ub=\(pb.unitCount) "
            + "pairs=\(al.pairs.count) covA=\(al.coverageA) covB=\(al.coverageB) sim=\(al.similarity) "
            + "verb=\(al.verbatimShare) run=\(al.longestRun) runWords=\(al.longestRunWords) "
            + "modified=\(modified) subs=\(subs) indels=\(indels)\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
    }
}
