import Foundation

extension IncompleteBeta {
    /// `I_x(a, b)` for large `a` and `b ≤ 1` by the asymptotic expansion of Didonato & Morris
    /// (TOMS 708, 1992, §9, routine `BGRAT`, as in R's `toms708.c`).
    ///
    /// With `ν = a + (b-1)/2` and `z = -ν log x`, `I_x(a,b) = M Σ d_n J_n` where the leading
    /// term is the gamma tail `Q(b, z)`. This is the regime (Student t with large df) where
    /// the continued fraction stops early and loses digits to cancellation. Valid for
    /// `a ≥ 15`, `b ≤ 1`; 30 terms reach double precision there.
    static func asymptoticLargeA(a: Double, b: Double, x: Double, y: Double) -> Double {
        let terms = 30
        let bm1 = b - 1
        let nu = a + bm1 * 0.5
        let lnx = y > 0.375 ? log(x) : log1p(-y)
        let z = -nu * lnx
        if b * z == 0 { return .nan }
        let logR = b * log(z) - z - SpecialFunctions.logGamma(b)
        let logGammaRatio = SpecialFunctions.logBeta(a: a, b: b) - SpecialFunctions.logGamma(b)
        let logU = logR - (logGammaRatio + b * log(nu))
        let v = 0.25 / (nu * nu)
        let t2 = 0.25 * lnx * lnx
        var j = IncompleteGamma.upperOverScaledDensity(a: b, x: z)
        var sum = j, t = 1.0, cn = 1.0, n2 = 0.0
        var c = [Double](repeating: 0, count: terms), d = [Double](repeating: 0, count: terms)
        for n in 1...terms {
            let bp2n = b + n2
            j = (bp2n * (bp2n + 1) * j + (z + bp2n + 1) * t) * v
            n2 += 2
            t *= t2
            cn /= n2 * (n2 + 1)
            c[n - 1] = cn
            var s = 0.0
            var coefficient = b - Double(n)
            for i in stride(from: 1, through: n - 1, by: 1) {
                s += coefficient * c[i - 1] * d[n - 1 - i]
                coefficient += b
            }
            d[n - 1] = bm1 * cn + s / Double(n)
            let dj = d[n - 1] * j
            sum += dj
            if sum <= 0 { return .nan }
            if abs(dj) <= 1e-17 * sum { break }
        }
        return exp(logU + log(sum))
    }
}
