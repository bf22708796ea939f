/// A minimal dense row-major matrix for the small (≤ a few dozen) systems of the Rao–Scott
/// correction. Not for large or ill-conditioned problems.
struct Matrix: Equatable {
    let rows: Int
    let cols: Int
    var values: [Double]

    init(rows: Int, cols: Int, values: [Double]? = nil) {
        self.rows = rows
        self.cols = cols
        self.values = values ?? [Double](repeating: 0, count: rows * cols)
    }

    subscript(i: Int, j: Int) -> Double {
        get { values[i * cols + j] }
        set { values[i * cols + j] = newValue }
    }

    var transposed: Matrix {
        var t = Matrix(rows: cols, cols: rows)
        for i in 0..<rows { for j in 0..<cols { t[j, i] = self[i, j] } }
        return t
    }

    var trace: Double { (0..<min(rows, cols)).reduce(0) { $0 + self[$1, $1] } }

    static func * (a: Matrix, b: Matrix) -> Matrix {
        precondition(a.cols == b.rows, "matrix dimensions")
        var c = Matrix(rows: a.rows, cols: b.cols)
        for i in 0..<a.rows {
            for k in 0..<a.cols where a[i, k] != 0 {
                let aik = a[i, k]
                for j in 0..<b.cols { c[i, j] += aik * b[k, j] }
            }
        }
        return c
    }

    /// Solves A X = B by Gaussian elimination with partial pivoting (R's `solve(A, B)`).
    /// - Throws: `SurveyStatisticsError.singularMatrix` when a pivot is ~0 relative to A's scale.
    func solve(_ b: Matrix, context: String) throws -> Matrix {
        precondition(rows == cols && b.rows == rows, "solve dimensions")
        var a = self
        var x = b
        let n = rows
        let scale = values.reduce(0) { max($0, abs($1)) }
        for col in 0..<n {
            let pivot = (col..<n).max { abs(a[$0, col]) < abs(a[$1, col]) }!
            guard abs(a[pivot, col]) > 1e-13 * scale else {
                throw SurveyStatisticsError.singularMatrix(context: context)
            }
            if pivot != col {
                for j in 0..<n { a.values.swapAt(col * n + j, pivot * n + j) }
                for j in 0..<x.cols { x.values.swapAt(col * x.cols + j, pivot * x.cols + j) }
            }
            for r in (col + 1)..<n where a[r, col] != 0 {
                let factor = a[r, col] / a[col, col]
                for j in col..<n { a[r, j] -= factor * a[col, j] }
                for j in 0..<x.cols { x[r, j] -= factor * x[col, j] }
            }
        }
        for col in stride(from: n - 1, through: 0, by: -1) {
            for j in 0..<x.cols {
                var s = x[col, j]
                for k in (col + 1)..<n { s -= a[col, k] * x[k, j] }
                x[col, j] = s / a[col, col]
            }
        }
        return x
    }
}
