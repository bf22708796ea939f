import Storage

/// The survey columns already read, kept for the next analysis over the same rounds: a report
/// runs dozens of estimates and comparisons on the same rows, and reads each round's design and
/// each variable once instead of once per table.
///
/// Only for a database that does not change while the cache is in use (the report reads it
/// read-only). A column whose reading failed (values outside the dictionary, inconsistent fpc)
/// is not kept, so the next analysis fails the same way.
package final class SurveyLoadCache {
    /// The rows an analysis reads: the selected rounds (their order numbers the rows' rounds) and
    /// their sources (nil: every survey source).
    struct Scope: Hashable {
        let rounds: [String]
        let sources: [Int64]?
    }

    /// One `--where` condition: the rows whose `column` is one of `values`.
    struct Condition: Hashable {
        let column: String
        let values: [SQLValue]
    }

    /// The design columns (no domain, outcome or factors) of each scope.
    var designs: [Scope: SurveyData] = [:]
    /// Numeric columns (NaN = missing) by scope and variable.
    var numeric: [Scope: [String: [Double]]] = [:]
    /// Factor columns by scope and variable.
    var factors: [Scope: [String: FactorColumn]] = [:]
    /// Domain membership by scope and conditions.
    var domains: [Scope: [[Condition]: [Bool]]] = [:]

    /// An empty cache.
    package init() {}
}
