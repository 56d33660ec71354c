/// `log`, `exp` and `pow` from IEEE basic arithmetic only, so synthetic data is bit-identical on every platform.
///
/// Platform math libraries may differ in the last bit; a Zipf table built with them could then, very rarely, map
/// the same random draw to a different word on another machine. These are accurate to about 1e-15 relative.
enum PortableMath {
    static let ln2 = 0.693_147_180_559_945_309_417_232_121_458

    /// Natural logarithm of a positive finite number.
    static func log(_ x: Double) -> Double {
        precondition(x > 0 && x.isFinite, "log needs a positive finite number")
        // x = m · 2^e with m in [1, 2); fold m into [√½, √2) so the series converges fast.
        var e = Double(Int(x.exponent))
        var m = x.significand
        if m > 1.414_213_562_373_095 {
            m /= 2
            e += 1
        }
        // log(m) = 2·atanh((m-1)/(m+1)) = 2·(z + z³/3 + z⁵/5 + …).
        let z = (m - 1) / (m + 1)
        let z2 = z * z
        var term = z
        var sum = 0.0
        var n = 1.0
        while n < 60 {
            sum += term / n
            term *= z2
            n += 2
        }
        return 2 * sum + e * ln2
    }

    /// e raised to `y`, for |y| < 700.
    static func exp(_ y: Double) -> Double {
        let k = (y / ln2).rounded()
        let r = y - k * ln2
        var term = 1.0
        var sum = 1.0
        for n in 1...25 {
            term *= r / Double(n)
            sum += term
        }
        return sum * Double(sign: .plus, exponent: Int(k), significand: 1)
    }

    /// `x` raised to `y` for positive `x`.
    static func power(_ x: Double, _ y: Double) -> Double { exp(y * log(x)) }
}
