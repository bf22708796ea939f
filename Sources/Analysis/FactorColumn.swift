import Codebooks
import Storage

/// A grouping or categorical column: a dense code per row and the label of each code.
struct FactorColumn: Sendable {
    /// Code per row, 0..<levels.count, −1 when missing.
    var codes: [Int32]
    /// Label of each code, in display order (dictionary order for categories, numeric order
    /// for integers, lexicographic for text).
    var levels: [String]
    /// Whether labels are whole numbers (shown as JSON numbers).
    var isInteger: Bool
}

/// Accumulates codes for one factor column while the rows stream in.
struct FactorBuilder {
    enum Source {
        /// Dictionary categories: the stored text's position among them, found once per distinct
        /// short text (as SQLite compares text: byte for byte).
        case storedCode(categories: [String])
        /// 0/1 integers.
        case binary
        /// Whole numbers, coded by first appearance and sorted at the end.
        case integer
        /// Text, coded by first appearance and sorted at the end.
        case text
    }

    let variable: CatalogVariable
    let source: Source
    private(set) var codes: [Int32] = []
    private var integerCodes: [Int64: Int32] = [:]
    private var textCodes: [String: Int32] = [:]
    /// The category code of each short text met (−2: outside the dictionary).
    private var categoryCodes = ShortTextCodes()
    /// The categories' bytes, for texts too long for ``categoryCodes``.
    private let categoryBytes: [[UInt8]]
    private(set) var outsideDictionary = false

    init(variable: CatalogVariable, capacity: Int) {
        self.variable = variable
        categoryBytes = (variable.categories ?? []).map { Array($0.utf8) }
        if let categories = variable.categories {
            source = .storedCode(categories: categories)
        } else if variable.type == .binary {
            source = .binary
        } else if variable.type == .integer {
            source = .integer
        } else {
            source = .text
        }
        codes.reserveCapacity(capacity)
    }

    /// The value read for this column: the stored one (the same result column as the release
    /// ledger's tally reads along, when it does).
    var value: SurveyValue { .column(variable.name) }

    /// Reads the column of the current row.
    @inline(__always)
    mutating func read(_ statement: Statement, _ index: Int) {
        let cell = statement.cell(index)
        if cell.isNull {
            codes.append(-1)
            return
        }
        switch source {
        case .storedCode:
            let code = categoryCode(cell)
            if code == -2 { outsideDictionary = true }
            codes.append(code < 0 ? -1 : code)
        case .binary:
            codes.append(Int32(truncatingIfNeeded: cell.int))
        case .integer:
            let value = cell.int
            if let code = integerCodes[value] {
                codes.append(code)
            } else {
                let code = Int32(integerCodes.count)
                integerCodes[value] = code
                codes.append(code)
            }
        case .text:
            let value = statement.text(index)
            if let code = textCodes[value] {
                codes.append(code)
            } else {
                let code = Int32(textCodes.count)
                textCodes[value] = code
                codes.append(code)
            }
        }
    }

    /// The position of the row's value among the categories (the first equal byte for byte, as
    /// SQLite's `CASE column WHEN category` finds it), −2 for a value outside them or not text.
    @inline(__always)
    private mutating func categoryCode(_ cell: Cell) -> Int32 {
        let key = cell.shortTextKey
        if let key, let code = categoryCodes.code(of: key) { return code }
        guard let bytes = cell.textBytes else { return -2 }
        let code = categoryBytes.firstIndex { $0.elementsEqual(bytes) }.map(Int32.init) ?? -2
        if let key { categoryCodes.set(code, for: key) }
        return code
    }

    /// The finished column, codes renumbered in display order.
    func finish() throws -> FactorColumn {
        if outsideDictionary {
            throw AnalysisError.statistics(
                "variable \"\(variable.name)\" holds values outside its dictionary categories; "
                    + "check the codebooks and re-ingest with --replace")
        }
        switch source {
        case let .storedCode(categories):
            return FactorColumn(codes: codes, levels: categories, isInteger: false)
        case .binary:
            if codes.contains(where: { $0 > 1 || $0 < -1 }) {
                throw AnalysisError.statistics("binary variable \"\(variable.name)\" holds values other than 0 and 1")
            }
            return FactorColumn(codes: codes, levels: ["0", "1"], isInteger: true)
        case .integer:
            let sorted = integerCodes.sorted { $0.key < $1.key }
            return renumbered(sorted.map { (String($0.key), $0.value) }, isInteger: true)
        case .text:
            let sorted = textCodes.sorted { $0.key < $1.key }
            return renumbered(sorted.map { ($0.key, $0.value) }, isInteger: false)
        }
    }

    /// Maps first-appearance codes to the order of `sorted`.
    private func renumbered(_ sorted: [(String, Int32)], isInteger: Bool) -> FactorColumn {
        var map = [Int32](repeating: -1, count: sorted.count)
        for (position, entry) in sorted.enumerated() { map[Int(entry.1)] = Int32(position) }
        let codes = codes.map { $0 < 0 ? -1 : map[Int($0)] }
        return FactorColumn(codes: codes, levels: sorted.map(\.0), isInteger: isInteger)
    }
}
