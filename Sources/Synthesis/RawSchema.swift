/// How a partner's file is laid out: dialect, columns with their native codes, and how each
/// column maps onto the harmonised dictionary. One schema drives the row writer, the codebook
/// writer and the test-side validator, so the three cannot disagree.
struct RawSchema: Sendable {
    /// The codebook's `source` section.
    var source: SourceInfo
    /// Encoding, delimiter, decimal mark and line ending.
    var dialect: FileDialect
    /// Raw columns in file order.
    var columns: [RawColumn]
    /// Lines of the codebook's `derived` section, already in YAML (two-space indented).
    var derived: [String] = []
    /// Lines of the codebook's `methods` section, already in YAML (two-space indented).
    var methods: [String] = []
    /// Where `--dirty` plants each kind of problem.
    var faults: FaultTargets

    /// The header line's fields.
    var header: [String] { columns.map(\.name) }

    /// The index of the column named `name` (a programming error if absent).
    func index(of name: String) -> Int {
        guard let i = columns.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("no column \(name) in schema \(source.name)")
        }
        return i
    }
}

/// The codebook's `source` section.
struct SourceInfo: Sendable {
    var name: String
    var country: String
    var kind: String
    var year: Int?
    var description: String
}

/// Byte-level layout of a raw file.
struct FileDialect: Sendable, Equatable {
    var encoding: SynthesisEncoding
    var delimiter: Character
    var decimal: Character
    var lineEnding: String
}

/// One raw column: its header, how it maps, and a native-language note for the codebook.
struct RawColumn: Sendable {
    /// Header in the raw file.
    var name: String
    /// The generator field whose key this column renders (see each generator's field list).
    var field: String
    var rule: ColumnRule
    /// A native-language note for the codebook comment.
    var note: String = ""
    /// The codebook's `asked_if:` condition (who the question was put to), nil for every respondent.
    var askedIf: String? = nil

    /// The raw text for a generator key: a code list maps keys such as `female` or `#dk`
    /// to native codes; every other rule writes the key itself.
    func render(_ key: String) -> String {
        guard case let .codes(_, codes) = rule else { return key }
        for code in codes where code.key == key { return code.raw }
        if key == "#na" { return "" }  // not applicable: left blank, read through `missing`
        preconditionFailure("column \(name) has no code for \(key)")
    }
}

/// How a raw column is read (mirrors the codebook's column rules).
enum ColumnRule: Sendable {
    case design(DesignRole)
    case codes(variable: String, [NativeCode])
    case integer(variable: String, range: ClosedRange<Int>)
    case date(variable: String, extract: String?)
    case text(variable: String)
    case dropped
}

/// The roles of the codebook's `design` section.
enum DesignRole: String, Sendable, CaseIterable {
    case id, weight, strata, psu
}

/// One native code: the raw value, the generator's key (a harmonised value, or `#dk`,
/// `#refused`, `#na` for the codes that map to missing), and its native label.
struct NativeCode: Sendable {
    var raw: String
    var key: String
    var label: String

    /// The codebook value: the key, or nil (YAML `null`) for the missing-value keys.
    var value: String? { key.hasPrefix("#") ? nil : key }
}

/// Columns and values `--dirty` uses for each kind of planted problem.
struct FaultTargets: Sendable {
    /// An integer column with a `range`, and a value outside it.
    var rangeColumn: String
    var outOfRangeValue: String
    /// A coded column, and a raw value not in its code list.
    var codeColumn: String
    var unknownCode: String
    /// A `dd.MM.yyyy` column.
    var dateColumn: String
}

/// Shorthand for building code lists: `codes("1", "male", "zēns", "2", "female", "meitene")`.
func codeList(_ triples: [(String, String, String)]) -> [NativeCode] {
    triples.map { NativeCode(raw: $0.0, key: $0.1, label: $0.2) }
}
