import Foundation
import StatFileReading

/// The harmonised microdata of one survey round, written for R, Stata or SPSS.
///
/// Microdata is for the analyst, not for publication: it passes no disclosure control. It holds
/// only what the database holds (no column the PII guard refused or the codebook dropped ever
/// reached it) minus sitan's bookkeeping (`_source`, `_line`); the design columns are named as
/// `svydesign` and `svyset` expect (`id`, `weight`, `strata`, `psu`, `fpc`). Every export is
/// recorded in the `exports` table (round, format, file, SHA-256, rows, time).
public struct MicrodataExport {
    /// The formats of `sitan export`.
    public enum Format: String, CaseIterable, Sendable {
        case dta, sav, csv
    }

    /// What was written.
    public struct Result: Sendable {
        public var files: [String]
        public var rows: Int
        public var columns: Int
    }

    static let designNames = ["_id": "id", "_weight": "weight", "_stratum": "strata", "_psu": "psu", "_fpc": "fpc"]

    let store: Store
    let round: String
    let language: String

    /// - Parameters:
    ///   - store: a writable store (the export is recorded in it).
    ///   - round: the survey round id (`LV-2023`).
    ///   - language: the language of variable and value labels (`en`, `lv`, `lt`, `pl`).
    public init(store: Store, round: String, language: String) {
        self.store = store
        self.round = round
        self.language = language
    }

    /// Writes `ROUND.<format>`, `design.R` and `design.do` into `directory`.
    ///
    /// - Throws: `StorageError.notFound`-like ``ExportError`` when the round is unknown;
    ///   ``StatFileError`` or file errors when writing fails.
    public func write(format: Format, to directory: String) throws -> Result {
        let data = try SurveyMicrodata(store: store, round: round, language: language)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let name = round + "." + format.rawValue
        let path = (directory as NSString).appendingPathComponent(name)
        switch format {
        case .csv: try data.csv().write(toFile: path, atomically: true, encoding: .utf8)
        case .dta, .sav: try data.writeStatFile(path, kind: format == .dta ? .stata : .spss)
        }
        let snippets = DesignSnippets(file: name, format: format, columns: Set(data.columns.map(\.name)))
        let r = (directory as NSString).appendingPathComponent("design.R")
        let stata = (directory as NSString).appendingPathComponent("design.do")
        try snippets.r.write(toFile: r, atomically: true, encoding: .utf8)
        try snippets.stata.write(toFile: stata, atomically: true, encoding: .utf8)
        try store.recordExport(
            round: round, format: format.rawValue, file: path, sha256: try SHA256.hex(ofFile: path), rows: data.rows.count)
        return Result(files: [path, r, stata], rows: data.rows.count, columns: data.columns.count)
    }
}

/// A survey round that cannot be exported.
public struct ExportError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { "error: " + message }
}
