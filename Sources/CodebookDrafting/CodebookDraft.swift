import CSVReading
import Codebooks
import Foundation
import Privacy
import StatFileReading

/// A draft codebook for a raw file, for a person to finish: `sitan codebook draft`.
///
/// Reads a CSV file (sniffing its encoding, delimiter and decimal mark) or an SPSS or Stata file
/// (by its value labels) once, and writes YAML in the codebook format: every column with its
/// distinct values (up to a limit) or its range, the dictionary variable its name or label
/// suggests, codes matched to the variable's categories where they match, design columns
/// guessed from their names, and a warning for every column the PII guard would refuse. What it
/// cannot decide is `TODO`, what it guessed is marked `# check`; `sitan validate` then reports
/// what is still missing. Values that look like identifiers are never written.
package struct CodebookDraft {
    package let path: String
    package let dictionary: VariableDictionary
    package let limit: Int

    package init(path: String, dictionary: VariableDictionary, limit: Int = 20) {
        self.path = path
        self.dictionary = dictionary
        self.limit = limit
    }

    /// The draft as YAML.
    ///
    /// - Throws: the reader's errors (`CSVReadingError`, ``StatFileError``).
    package func yaml() throws -> String {
        let format = try FileSniff(path: path)
        var profiles: [ColumnProfile] = []
        let guardian = PIIGuard()
        let body: (CSVRecord) throws -> Void = { record in
            if record.line == 1 && profiles.isEmpty {
                profiles = record.strings.enumerated().map {
                    ColumnProfile(name: $0.element, index: $0.offset, limit: limit, guardian: guardian)
                }
                return
            }
            for index in 0..<min(record.count, profiles.count) {
                profiles[index].add(record.string(index), line: record.line, guardian: guardian, decimalComma: format.decimalComma)
            }
        }
        if let kind = StatFileReader.kind(of: path) {
            try StatFileReader(path: path, kind: kind, valueLabels: true).forEachRecord(body)
        } else {
            try CSVReader(path: path, dialect: format.dialect).forEachRecord(body)
        }
        return render(profiles, format: format)
    }

    private func render(_ profiles: [ColumnProfile], format: FileSniff) -> String {
        let name = (path as NSString).lastPathComponent
        var lines = [
            "# Draft codebook for \(name), written by `sitan codebook draft`: check every line marked",
            "# \"# check\", replace every TODO, then run `sitan validate \(name) --codebook THIS_FILE`.",
            "source: {name: TODO, country: TODO, kind: survey, year: TODO, description: \"TODO\"}  # kind: survey, incidents or population",
            format.yaml,
        ]
        // A name that appears twice in the header can only be dropped (the codebook could not tell
        // the columns apart), and as two keys under `columns:` it would not be valid YAML.
        let occurrences = Dictionary(profiles.map { ($0.name, 1) }, uniquingKeysWith: +)
        var repeated: [String] = []
        for profile in profiles where occurrences[profile.name, default: 0] > 1 && !repeated.contains(profile.name) {
            repeated.append(profile.name)
        }
        var design: [String: String] = [:]
        for profile in profiles where profile.identifier == nil && !repeated.contains(profile.name) {
            if let role = NameMatching.designRole(profile.name), design[role] == nil { design[role] = profile.name }
        }
        let roles = ["id", "weight", "strata", "psu"].map { "\($0): \(design[$0].map(Self.quoted) ?? "null")" }
        lines.append("design: {" + (roles + ["fpc: null"]).joined(separator: ", ") + "}  # check: guessed from the column names")
        lines.append("columns:")
        var warnings: [String] = []
        let designColumns = Set(design.values)
        for profile in profiles {
            if let (kind, line) = profile.identifier {
                warnings.append(
                    "# PII: \(EchoedName.column(profile.name, at: profile.index)) holds what looks like \(kind.description) (line \(line)); "
                        + "the guard refuses the file while it is there: remove the column from the file.")
                continue
            }
            guard !designColumns.contains(profile.name), !repeated.contains(profile.name) else { continue }
            lines.append("  " + column(profile))
        }
        let dropped = repeated.filter { name in !profiles.contains { $0.name == name && $0.identifier != nil } }
        lines.append(
            "drop: [" + dropped.map(Self.quoted).joined(separator: ", ") + "]  # columns to read (and check for identifiers) but not load"
                + (dropped.isEmpty
                    ? ""
                    : "; check: \(dropped.map(Self.quoted).joined(separator: ", ")) \(dropped.count == 1 ? "appears" : "appear") more than once in the header, so can only be dropped")
        )
        return (lines + warnings).joined(separator: "\n") + "\n"
    }

    /// One `columns:` entry with its comment.
    private func column(_ profile: ColumnProfile) -> String {
        let key = Self.quoted(profile.name) + ": "
        let seen = summary(profile)
        guard let variable = NameMatching.variable(for: profile.name, in: dictionary) else {
            return key + "{variable: TODO}  # \(seen)"
        }
        switch variable.type {
        case .categorical, .binary:
            guard let values = profile.distinct else { return key + "{variable: \(variable.name)}  # check; \(seen)" }
            // A value that is a category, one of its labels or a word for one (`Mergaitė`) is vocabulary, not a name.
            let shown = values.filter { Self.isPlainCode($0) || NameMatching.codes([$0], for: variable).first?.code != nil }
            let codes = NameMatching.codes(shown, for: variable).map { "\(Self.quoted($0.raw)): \($0.code.map(Self.quoted) ?? "TODO")" }
            let categories = variable.categories.map { "; categories: " + $0.joined(separator: ", ") } ?? ""
            let hidden = values.count - shown.count
            let note = hidden == 0 ? "" : "; \(hidden) value(s) not shown (not plain codes): add them by hand"
            return key + "{variable: \(variable.name), codes: {" + codes.joined(separator: ", ") + "}}  # check\(categories)\(note)"
        case .integer, .number:
            let range = variable.range.map { ", range: [\(Self.number($0.lowerBound)), \(Self.number($0.upperBound))]" } ?? ""
            return key + "{variable: \(variable.name), type: \(variable.type.rawValue)\(range)}  # check; \(seen)"
        default:
            return key + "{variable: \(variable.name), type: \(variable.type.rawValue)}  # check; \(seen)"
        }
    }

    /// What the column holds, for the comment.
    private func summary(_ profile: ColumnProfile) -> String {
        let missing = profile.empty > 0 ? ", \(profile.empty) empty" : ""
        if let values = profile.distinct {
            let shown = values.filter(Self.isPlainCode)
            let hidden = values.count - shown.count
            let listed = shown + (hidden == 0 ? [] : ["… (\(hidden) not shown: not plain codes)"])
            return "values: " + (listed.isEmpty ? "none" : listed.joined(separator: ", ")) + missing
        }
        if profile.allNumbers, let low = profile.minimum, let high = profile.maximum {
            return "\(profile.allIntegers ? "whole numbers" : "numbers") from \(Self.number(low)) to \(Self.number(high))\(missing)"
        }
        return "more than \(limit) distinct values\(missing)"
    }

    /// Whether a value may be printed in the draft: a plain name (see ``EchoedName/isPlain(_:)``:
    /// code-like, no capitals, not read as a name, nothing the guard refuses) or a short number such as
    /// `12,5`. A value that is anything else (`Jan Kowalski`, `601×234×567`, markup) might be
    /// an identifier the guard does not read, and the draft is printed and saved.
    static func isPlainCode(_ value: String) -> Bool {
        if EchoedName.isPlain(value) { return true }
        let digits = value.count { $0.isASCII && $0.isNumber }
        return value.count <= 12 && digits <= 4 && value.allSatisfy { ($0.isASCII && $0.isNumber) || ".,-".contains($0) }
            && digits > 0
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
}

/// The dialect of a CSV file, guessed from its first 64 KiB.
struct FileSniff {
    var dialect = CSVDialect()
    var decimalComma = false
    var isStatFile = false

    init(path: String) throws {
        guard StatFileReader.kind(of: path) == nil else {
            isStatFile = true
            return
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CSVReadingError.cannotOpen(file: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        let sample = [UInt8](try handle.read(upToCount: 1 << 16) ?? Data())
        dialect.encoding = EncodingGuess.likelyEncoding(of: sample) ?? .utf8
        let firstLine = sample.prefix { $0 != 0x0A }
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]
        dialect.delimiter = candidates.max { a, b in firstLine.filter { $0 == a }.count < firstLine.filter { $0 == b }.count } ?? 0x2C
        if dialect.delimiter != UInt8(ascii: ",") {
            let text = String(decoding: sample, as: UTF8.self)
            decimalComma = text.range(of: "(^|[;\\t|])-?[0-9]+,[0-9]+($|[;\\t|\\r\\n])", options: .regularExpression) != nil
        }
    }

    /// The `file:` line.
    var yaml: String {
        if isStatFile { return "file: {value_labels: true}  # codes below are the value labels; false maps the numeric codes" }
        let delimiter = dialect.delimiter == 0x09 ? "\"\\t\"" : CodebookDraft.quoted(String(UnicodeScalar(dialect.delimiter)))
        return "file: {encoding: \(dialect.encoding.rawValue), delimiter: \(delimiter), decimal: \"\(decimalComma ? "," : ".")\"}  # check"
    }
}
