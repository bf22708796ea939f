/// An orthonormal basis of the span of the vectors added so far (classical Gram–Schmidt applied
/// twice, "CGS2", which keeps the basis orthogonal to machine precision as modified Gram–Schmidt
/// with reorthogonalisation does, in passes over contiguous memory).
struct OrthogonalBasis {
    /// The vectors' length.
    let dimension: Int
    /// The basis vectors, one after the other.
    private var storage: [Double] = []
    /// Residuals below this norm count as zero.
    static let tolerance = 1e-8

    /// An empty basis of vectors of length `dimension`, with room for `rank` of them (the most
    /// that will be added, when known: the basis then grows without copying itself).
    init(dimension: Int, rank: Int = 0) {
        self.dimension = dimension
        storage.reserveCapacity(dimension * min(rank, dimension))
    }

    /// The basis of the span of some vectors of one length.
    static func spanning(_ vectors: [[Double]]) -> OrthogonalBasis {
        var basis = OrthogonalBasis(dimension: vectors.first?.count ?? 0)
        for vector in vectors { basis.add(vector) }
        return basis
    }

    /// The rank so far.
    var rank: Int { dimension == 0 ? 0 : storage.count / dimension }

    /// The basis vectors.
    var vectors: [[Double]] {
        (0..<rank).map { Array(storage[$0 * dimension..<($0 + 1) * dimension]) }
    }

    /// Adds a vector; returns whether it enlarged the span.
    @discardableResult
    mutating func add(_ vector: [Double]) -> Bool {
        var residual = vector
        project(out: &residual)
        project(out: &residual)
        let norm = Self.dot(residual, residual).squareRoot()
        guard norm > Self.tolerance * max(1, Self.dot(vector, vector).squareRoot()) else { return false }
        storage.append(contentsOf: residual.lazy.map { $0 / norm })
        return true
    }

    /// Removes from `vector` its components along the basis (one pass of classical
    /// Gram–Schmidt: all coefficients first, then one update).
    func project(out vector: inout [Double]) {
        let rank = rank, n = dimension
        guard rank > 0 else { return }
        // Every vector of an audit has the basis's length; anything else is a programming error
        // that must not pass as "outside the span" (which would protect nothing).
        precondition(vector.count == n, "a vector of \(vector.count) coordinates projected on a basis of \(n)")
        storage.withUnsafeBufferPointer { q in
            vector.withUnsafeMutableBufferPointer { v in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: rank) { coefficients in
                    for j in 0..<rank { coefficients[j] = Self.dot(q.baseAddress! + j * n, UnsafePointer(v.baseAddress!), n) }
                    for j in 0..<rank where coefficients[j] != 0 {
                        let c = coefficients[j], row = q.baseAddress! + j * n
                        for i in 0..<n { v[i] -= c * row[i] }
                    }
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
                precondition(a.count == b.count, "an inner product of \(a.count) and \(b.count) coordinates")
                return a.count == 0 ? 0 : dot(a.baseAddress!, b.baseAddress!, a.count)
            }
        }
    }

    /// The inner product of `count` doubles, in eight running sums (four-wide vectors: a
    /// floating-point sum in one accumulator cannot be vectorised).
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ count: Int) -> Double {
        var s0 = SIMD4<Double>(), s1 = SIMD4<Double>()
        var i = 0
        let rawA = UnsafeRawPointer(a), rawB = UnsafeRawPointer(b)
        let stride = MemoryLayout<Double>.stride
        while i + 8 <= count {
            s0 +=
                rawA.loadUnaligned(fromByteOffset: i * stride, as: SIMD4<Double>.self)
                * rawB.loadUnaligned(fromByteOffset: i * stride, as: SIMD4<Double>.self)
            s1 +=
                rawA.loadUnaligned(fromByteOffset: (i + 4) * stride, as: SIMD4<Double>.self)
                * rawB.loadUnaligned(fromByteOffset: (i + 4) * stride, as: SIMD4<Double>.self)
            i += 8
        }
        var sum = (s0 + s1).sum()
        while i < count {
            sum += a[i] * b[i]
            i += 1
        }
        return sum
    }
}
