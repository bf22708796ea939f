/// An orthonormal basis of the span of the vectors added so far (modified Gram–Schmidt with
/// one reorthogonalisation, which keeps 0/1 rows orthogonal to machine precision).
struct OrthogonalBasis {
    /// The vectors' length.
    let dimension: Int
    /// The basis vectors.
    private(set) var vectors: [[Double]] = []
    /// Residuals below this norm count as zero.
    static let tolerance = 1e-8

    init(dimension: Int) {
        self.dimension = dimension
    }

    /// The basis of the span of some vectors of one length.
    static func spanning(_ vectors: [[Double]]) -> OrthogonalBasis {
        var basis = OrthogonalBasis(dimension: vectors.first?.count ?? 0)
        for vector in vectors { basis.add(vector) }
        return basis
    }

    /// The rank so far.
    var rank: Int { vectors.count }

    /// Adds a vector; returns whether it enlarged the span.
    @discardableResult
    mutating func add(_ vector: [Double]) -> Bool {
        var residual = vector
        project(out: &residual)
        project(out: &residual)
        let norm = Self.dot(residual, residual).squareRoot()
        guard norm > Self.tolerance * max(1, Self.dot(vector, vector).squareRoot()) else { return false }
        for i in residual.indices { residual[i] /= norm }
        vectors.append(residual)
        return true
    }

    /// Removes from `vector` its components along the basis.
    func project(out vector: inout [Double]) {
        for basis in vectors {
            let coefficient = Self.dot(basis, vector)
            if coefficient == 0 { continue }
            vector.withUnsafeMutableBufferPointer { v in
                basis.withUnsafeBufferPointer { b in
                    for i in 0..<v.count { v[i] -= coefficient * b[i] }
                }
            }
        }
    }

    /// Whether `vector` lies in the span.
    func contains(_ vector: [Double]) -> Bool {
        var residual = vector
        project(out: &residual)
        project(out: &residual)
        return Self.dot(residual, residual).squareRoot() <= 1e-6 * max(1, Self.dot(vector, vector).squareRoot())
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var sum = 0.0
                for i in 0..<a.count { sum += a[i] * b[i] }
                return sum
            }
        }
    }
}
