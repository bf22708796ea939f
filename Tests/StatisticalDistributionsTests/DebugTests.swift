import Testing
@testable import StatisticalDistributions
@Test func debugLargeDF() {
    let df = 1e9, t = 2.5
    let x = df / (df + t*t), y = t*t / (df + t*t)
    let p = IncompleteBeta.pair(a: df/2, b: 0.5, x: x, y: y)
    print("DEBUG", x, y, p.lower, p.upper, LoaderSaddlePoint.betaPrefactor(a: 0.5, b: df/2, x: y, y: x))
    print("DEBUG stirl", LoaderSaddlePoint.stirlingError(0.5), LoaderSaddlePoint.stirlingError(df/2), LoaderSaddlePoint.stirlingError(df/2+0.5), LoaderSaddlePoint.bd0(df/2, (df/2+0.5)*x), LoaderSaddlePoint.bd0(0.5, (df/2+0.5)*y))
}
