import CSVReading

/// How one raw source is read and mapped onto the harmonised variables (see docs/codebooks.md).
package struct Codebook: Sendable {
    /// What the source is: recorded in provenance.
    package struct Source: Sendable {
        package var name: String
        package var country: String
        package var kind: SourceKind
        package var year: Int?
        package var description: String?
        package var synthetic: Bool
        /// The survey round named by the codebook (`survey:`); nil to derive it from country and year.
        package var survey: String? = nil

        /// The survey round a survey source belongs to: the codebook's `survey:` id, else
        /// `COUNTRY-YEAR` (`LV-2023`), else the country alone; nil for other kinds of source.
        /// Several sources of one round are parts of one sample; different rounds are
        /// independent designs.
        package var round: String? {
            guard kind == .survey else { return nil }
            return survey ?? year.map { "\(country)-\($0)" } ?? country
        }
    }

    /// How the bytes are written.
    package struct FileFormat: Sendable {
        package var dialect: CSVDialect
        package var decimalComma: Bool
        package var dateFormat: DateFormat
        package var missing: Set<String>
        /// SPSS and Stata files: read a labelled value as its label rather than its code.
        package var valueLabels = false
    }

    /// The survey design's raw columns (nil when absent).
    package struct Design: Sendable {
        package var id: String?
        package var weight: String?
        package var strata: String?
        package var psu: String?
        package var fpc: String?
        /// The units of the stages after the first of a multi-stage design (`psu: [school, class]`).
        package var laterPSUs: [String] = []
        /// The fpc of each later stage (`fpc: [f1, f2]`), empty or as many as `laterPSUs`.
        package var laterFPCs: [String] = []
        /// Where the codebook names each design column, by role as in ``columns``.
        package var positions: [String: (line: Int, column: Int)] = [:]

        /// Each design column with its role; later stages are `psu2`, `fpc2`, `psu3`, ...
        package var columns: [(role: String, column: String)] {
            let first = [("id", id), ("weight", weight), ("strata", strata), ("psu", psu), ("fpc", fpc)].compactMap {
                role, column in column.map { (role, $0) }
            }
            let later = laterPSUs.indices.flatMap { s in
                [("psu\(s + 2)", laterPSUs[s])] + (laterFPCs.indices.contains(s) ? [("fpc\(s + 2)", laterFPCs[s])] : [])
            }
            return first + later
        }
    }

    package var path: String
    package var source: Source
    package var file: FileFormat
    package var design: Design
    package var columns: [ColumnRule]
    package var derived: [DerivedRule]
    package var drop: [String]
    /// Columns the PII guard accepts, with the stated reason (recorded in provenance), keyed by
    /// the header's name or by its position as messages write it (`#11`, see ``positionKey(_:)``).
    package var safe: [String: String]
    /// Variables the codebook declares beside the dictionary's.
    package var ownVariables: [Variable]
    /// The dictionary with the codebook's own variables added.
    package var dictionary: VariableDictionary
    /// How the survey was carried out (`methods:`), nil when the codebook does not say.
    package var methods: SurveyMethods? = nil
}

extension Codebook {
    /// The `safe:` key that names the header at `index` (from 0) by its position: `#11` for the
    /// eleventh, as a message names a header it does not quote.
    package static func positionKey(_ index: Int) -> String { "#\(index + 1)" }

    /// Whether `safe:` acknowledges the header `name` at `index` (from 0), by name or by position.
    package static func isSafe(_ name: String, at index: Int, in safe: [String: String]) -> Bool {
        safe[name] != nil || safe[positionKey(index)] != nil
    }
}

/// The kind of a source, which decides the table its rows go to.
package enum SourceKind: String, Sendable, CaseIterable {
    case survey, incidents, population, counts

    package var table: String { rawValue }
}

/// How one raw column becomes a harmonised value.
package struct ColumnRule: Sendable {
    package enum RawType: String, Sendable { case integer, number, date, text }

    package var column: String
    package var variable: String
    /// Raw code → value (nil = missing). Nil when the column is read by `rawType`.
    package var codes: [String: Value]?
    package var rawType: RawType?
    package var extract: DateFormat.Part?
    package var range: ClosedRange<Double>?
    /// Values set by other answers of the same row (skip patterns), tried in order after every
    /// column is read; the first whose condition holds sets the value.
    package var when: [ConditionalValue] = []
    /// Who was asked the question (`asked_if: "csa_contact_lifetime == 1"`): an `==`
    /// condition on another variable of the row, nil when the codebook does not say.
    package var askedIf: ConditionalValue? = nil
    package var line: Int
}

/// The respondents a question was put to: those whose `variable` holds `value` (the value as
/// stored, `1` for a binary yes, a category's name). Recorded with the source's provenance.
package struct AskedIf: Sendable, Hashable, Codable {
    package var variable: String
    package var value: String

    package init(variable: String, value: String) {
        self.variable = variable
        self.value = value
    }

    /// The condition as a codebook writes it: `csa_contact_lifetime == 1`.
    package var condition: String { "\(EchoedName.plain(variable)) == \(EchoedName.plain(value, otherwise: "(value not shown)"))" }
}

extension Codebook {
    /// The questions the codebook says were asked of some respondents only, by the variable
    /// their column maps: the column's `asked_if:` condition.
    package var askedIf: [String: AskedIf] {
        Dictionary(
            columns.compactMap { rule in
                guard let condition = rule.askedIf, case let .equals(value) = condition.test else { return nil }
                return (rule.variable, AskedIf(variable: condition.variable, value: value.storedText))
            }, uniquingKeysWith: { a, _ in a })
    }
}

extension Value {
    /// The value as text, as a domain filter or a condition writes it (`1`, `2.5`, `female`).
    package var storedText: String {
        switch self {
        case .null: ""
        case let .integer(v): String(v)
        case let .real(v): v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
        case let .text(v): v
        }
    }
}

/// `{if: "csa_contact_lifetime == 0", then: 0}`: a value a column takes when a condition on
/// another harmonised variable of the same row holds.
package struct ConditionalValue: Sendable {
    package enum Test: Sendable, Equatable {
        case equals(Value), differs(Value), missing, present
    }

    package var variable: String
    package var test: Test
    package var value: Value
    /// Where the condition is written, for messages.
    package var line: Int
    package var column: Int

    /// Whether the condition holds for `current`, the value of `variable` in the row.
    package func holds(for current: Value) -> Bool {
        switch test {
        case let .equals(v): return current == v
        case let .differs(v): return current != .null && current != v
        case .missing: return current == .null
        case .present: return current != .null
        }
    }
}

/// A variable computed from others after the columns are read.
package struct DerivedRule: Sendable {
    package enum Kind: Sendable {
        case bands(from: String, bands: [(label: String, range: ClosedRange<Int64>)])
        case anyOf([String])
        case lookup(from: String, table: [String: Value], file: String)
    }

    package var variable: String
    package var kind: Kind
}
