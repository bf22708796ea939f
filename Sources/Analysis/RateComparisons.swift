import Rates

/// A rate ratio between two countries in the same series (same year, offence and source).
struct RateRatioComparison: Sendable {
    let key: RateSeriesKey
    let country: String
    let reference: String
    /// The two groups' counts; they decide suppression of the ratio.
    let count: Int?
    let referenceCount: Int?
    /// Nil when either group lacks a count or a denominator, or neither has events.
    let ratio: RateRatio?
}

/// A trend over years in one series (same country, offence and source).
struct RateTrendComparison: Sendable {
    let key: RateSeriesKey
    /// The years fitted, with their counts (which decide suppression) and populations.
    let years: [Int]
    let counts: [Int]
    /// Nil when fewer than three years have a count and a denominator, or the fit fails.
    let trend: PoissonTrend?
}

/// Rate ratios between countries and trends over years, from the group rates.
///
/// - Ratios (R `poisson.test(c(x1, x2), c(T1, T2))`, exact conditional on the total) compare
///   every pair of countries whose other labels, offence and source agree, the
///   alphabetically first country in the numerator. They need `country` in `--by`.
/// - Trends (R `glm(count ~ year + offset(log(pop)), family = poisson)`, Wald CI, APC =
///   100 (exp β − 1)) fit each series over its years with a count and a denominator. They
///   need `year` in `--by`.
struct RateComparisons {
    let request: RateRequest
    let rates: [RateEstimate]

    /// Every pair of countries in every series; empty without `country` in `--by`.
    func ratios() throws -> [RateRatioComparison] {
        guard let position = request.by.firstIndex(of: "country") else { return [] }
        let series = Dictionary(grouping: rates) { $0.seriesKey(skipping: position) }
        var out: [RateRatioComparison] = []
        for key in series.keys.sorted(by: Self.order) {
            let members = series[key]!.sorted { $0.labels[position] < $1.labels[position] }
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] {
                    out.append(
                        RateRatioComparison(
                            key: key, country: a.labels[position], reference: b.labels[position], count: a.count,
                            referenceCount: b.count, ratio: try RateStatistics.ratio(a, b, level: request.level)))
                }
            }
        }
        return out
    }

    /// One trend per series; empty without `year` in `--by`.
    func trends() -> [RateTrendComparison] {
        guard let position = request.by.firstIndex(of: "year") else { return [] }
        let series = Dictionary(grouping: rates) { $0.seriesKey(skipping: position) }
        return series.keys.sorted(by: Self.order).map { key in
            let points = series[key]!
                .compactMap { rate -> (Int, Int, Double)? in
                    guard let year = Int(rate.labels[position]), let count = rate.count, let people = rate.population else {
                        return nil
                    }
                    return (year, count, people)
                }
                .sorted { $0.0 < $1.0 }
            let trend = RateStatistics.trend(
                years: points.map(\.0), counts: points.map(\.1), population: points.map(\.2), level: request.level)
            return RateTrendComparison(key: key, years: points.map(\.0), counts: points.map(\.1), trend: trend)
        }
    }

    /// Series order: labels (years numerically), then offence and source.
    static func order(_ lhs: RateSeriesKey, _ rhs: RateSeriesKey) -> Bool {
        RateComputation.GroupKey(labels: lhs.labels, offence: lhs.offence, source: lhs.source)
            < RateComputation.GroupKey(labels: rhs.labels, offence: rhs.offence, source: rhs.source)
    }
}
