/// A model matrix (n × p, intercept first) held by its columns, each in its most compact form:
/// the intercept, a numeric column shared with the data, or one level of a coded factor (1 where
/// the row's code is the level, else 0). A row is made when a computation asks for it, so a fit
/// holds no n × p array of doubles.
///
/// Rows a fit does not use may hold anything: ``surveyGLM(_:predictors:columns:family:design:rows:domain:)``
/// never reads them.
package struct ModelColumns: Sendable {
    /// One column of the matrix.
    package enum Column: Sendable {
        /// 1 in every row.
        case intercept
        /// The values as they are.
        case values([Double])
        /// 1 where `codes[i] == level`, else 0 (treatment contrasts of a factor).
        case indicator(codes: [Int32], level: Int32)
    }

    /// Where column j comes from, the arrays indexed by position (no array is retained per row).
    private enum Source: Sendable {
        case one
        case numeric(Int)
        case level(Int, Int32)
    }

    private let sources: [Source]
    private let numeric: [[Double]]
    private let codes: [[Int32]]
    /// The values of a matrix given row-major (empty otherwise).
    private let rowMajor: [Double]
    /// p.
    package let columnCount: Int
    /// n.
    package let rowCount: Int

    /// A matrix of the given columns over `rows` rows.
    package init(_ columns: [Column], rows: Int) {
        var numeric: [[Double]] = []
        var codes: [[Int32]] = []
        sources = columns.map { column in
            switch column {
            case .intercept: return .one
            case let .values(values):
                numeric.append(values)
                return .numeric(numeric.count - 1)
            case let .indicator(c, level):
                codes.append(c)
                return .level(codes.count - 1, level)
            }
        }
        self.numeric = numeric
        self.codes = codes
        rowMajor = []
        columnCount = columns.count
        rowCount = rows
    }

    /// A matrix given row-major, n × p values.
    package init(rowMajor values: [Double], columns p: Int) {
        sources = []
        numeric = []
        codes = []
        rowMajor = values
        columnCount = p
        rowCount = p == 0 ? 0 : values.count / p
    }

    /// The value in row `i`, column `j`.
    package func value(row i: Int, column j: Int) -> Double {
        guard !sources.isEmpty else { return rowMajor[i * columnCount + j] }
        switch sources[j] {
        case .one: return 1
        case let .numeric(k): return numeric[k][i]
        case let .level(k, level): return codes[k][i] == level ? 1 : 0
        }
    }

    /// Writes row `i` into `x[0..<p]`.
    @inline(__always)
    func row(_ i: Int, into x: UnsafeMutableBufferPointer<Double>) {
        if sources.isEmpty {
            let base = i * columnCount
            for j in 0..<columnCount { x[j] = rowMajor[base + j] }
            return
        }
        for j in 0..<columnCount {
            switch sources[j] {
            case .one: x[j] = 1
            case let .numeric(k): x[j] = numeric[k][i]
            case let .level(k, level): x[j] = codes[k][i] == level ? 1 : 0
            }
        }
    }
}
