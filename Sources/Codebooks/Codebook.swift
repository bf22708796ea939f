import CSVReading

/// How one raw source is read and mapped onto the harmonised variables (see docs/codebooks.md).
public struct Codebook: Sendable {
    /// What the source is: recorded in provenance.
    public struct Source: Sendable {
        public var name: String
        public var country: String
        public var kind: SourceKind
        public var year: Int?
        public var description: String?
        public var synthetic: Bool
        /// The survey round named by the codebook (`survey:`); nil to derive it from country and year.
        public var survey: String? = nil

        /// The survey round a survey source belongs to: the codebook's `survey:` id, else
        /// `COUNTRY-YEAR` (`LV-2023`), else the country alone; nil for other kinds of source.
        /// Several sources of one round are parts of one sample; different rounds are
        /// independent designs.
        public var round: String? {
            guard kind == .survey else { return nil }
            return survey ?? year.map { "\(country)-\($0)" } ?? country
        }
    }

    /// How the bytes are written.
    public struct FileFormat: Sendable {
        public var dialect: CSVDialect
        public var decimalComma: Bool
        public var dateFormat: DateFormat
        public var missing: Set<String>
        /// SPSS and Stata files: read a labelled value as its label rather than its code.
        public var valueLabels = false
    }

    /// The survey design's raw columns (nil when absent).
    public struct Design: Sendable {
        public var id: String?
        public var weight: String?
        public var strata: String?
        public var psu: String?
        public var fpc: String?
        /// The units of the stages after the first of a multi-stage design (`psu: [school, class]`).
        public var laterPSUs: [String] = []
        /// The fpc of each later stage (`fpc: [f1, f2]`), empty or as many as `laterPSUs`.
        public var laterFPCs: [String] = []
        /// Where the codebook names each design column, by role as in ``columns``.
        public var positions: [String: (line: Int, column: Int)] = [:]

        /// Each design column with its role; later stages are `psu2`, `fpc2`, `psu3`, ...
        public var columns: [(role: String, column: String)] {
            let first = [("id", id), ("weight", weight), ("strata", strata), ("psu", psu), ("fpc", fpc)].compactMap {
                role, column in column.map { (role, $0) }
            }
            let later = laterPSUs.indices.flatMap { s in
                [("psu\(s + 2)", laterPSUs[s])] + (laterFPCs.indices.contains(s) ? [("fpc\(s + 2)", laterFPCs[s])] : [])
            }
            return first + later
        }
    }

    public var path: String
    public var source: Source
    public var file: FileFormat
    public var design: Design
    public var columns: [ColumnRule]
    public var derived: [DerivedRule]
    public var drop: [String]
    /// Columns the PII guard accepts, with the stated reason (recorded in provenance).
    public var safe: [String: String]
    /// Variables the codebook declares beside the dictionary's.
    public var ownVariables: [Variable]
    /// The dictionary with the codebook's own variables added.
    public var dictionary: VariableDictionary
    /// How the survey was carried out (`methods:`), nil when the codebook does not say.
    public var methods: SurveyMethods? = nil
}

/// The kind of a source, which decides the table its rows go to.
public enum SourceKind: String, Sendable, CaseIterable {
    case survey, incidents, population, counts

    public var table: String { rawValue }
}

/// How one raw column becomes a harmonised value.
public struct ColumnRule: Sendable {
    public enum RawType: String, Sendable { case integer, number, date, text }

    public var column: String
    public var variable: String
    /// Raw code → value (nil = missing). Nil when the column is read by `rawType`.
    public var codes: [String: Value]?
    public var rawType: RawType?
    public var extract: DateFormat.Part?
    public var range: ClosedRange<Double>?
    /// Values set by other answers of the same row (skip patterns), tried in order after every
    /// column is read; the first whose condition holds sets the value.
    public var when: [ConditionalValue] = []
    public var line: Int
}

/// `{if: "csa_contact_lifetime == 0", then: 0}`: a value a column takes when a condition on
/// another harmonised variable of the same row holds.
public struct ConditionalValue: Sendable {
    public enum Test: Sendable, Equatable {
        case equals(Value), differs(Value), missing, present
    }

    public var variable: String
    public var test: Test
    public var value: Value
    /// Where the condition is written, for messages.
    public var line: Int
    public var column: Int

    /// Whether the condition holds for `current`, the value of `variable` in the row.
    public func holds(for current: Value) -> Bool {
        switch test {
        case let .equals(v): return current == v
        case let .differs(v): return current != .null && current != v
        case .missing: return current == .null
        case .present: return current != .null
        }
    }
}

/// A variable computed from others after the columns are read.
public struct DerivedRule: Sendable {
    public enum Kind: Sendable {
        case bands(from: String, bands: [(label: String, range: ClosedRange<Int64>)])
        case anyOf([String])
        case lookup(from: String, table: [String: Value], file: String)
    }

    public var variable: String
    public var kind: Kind
}
