import Diagnostics
import Foundation
import StatFileReading

/// The harmonised microdata of one survey round, written for R, Stata or SPSS.
///
/// Microdata is for the analyst, not for publication: it passes no disclosure control. It holds
/// only what the database holds (no column the PII guard refused or the codebook dropped ever
/// reached it) minus sitan's bookkeeping (`_source`, `_line`); the design columns are named as
/// `svydesign` and `svyset` expect (`id`, `weight`, `strata`, `psu`, `fpc`). Every export is
/// recorded in the `exports` table (round, format, file, SHA-256, rows, time).
package struct MicrodataExport {
    /// The formats of `sitan export`; `datapackage` is the CSV with a Frictionless
    /// `datapackage.json` beside it.
    package enum Format: String, CaseIterable, Sendable {
        case dta, sav, csv, datapackage
    }

    /// What was written.
    package struct Result: Sendable {
        package var files: [String]
        package var rows: Int
        package var columns: Int
    }

    static let designNames = ["_id": "id", "_weight": "weight", "_stratum": "strata", "_psu": "psu", "_fpc": "fpc"]

    let store: Store
    let round: String
    let language: String

    /// - Parameters:
    ///   - store: a writable store (the export is recorded in it).
    ///   - round: the survey round id (`LV-2023`).
    ///   - language: the language of variable and value labels (`en`, `lv`, `lt`, `pl`).
    package init(store: Store, round: String, language: String) {
        self.store = store
        self.round = round
        self.language = language
    }

    /// Writes `ROUND.<format>` (`ROUND.csv` and `datapackage.json` for a data package),
    /// `design.R` and `design.do` into `directory`; the data files are readable by their owner only.
    ///
    /// - Throws: ``ExportError`` when the round is unknown; ``StatFileError`` or file errors when
    ///   writing fails.
    package func write(format: Format, to directory: String) throws -> Result {
        let data = try SurveyMicrodata(store: store, round: round, language: language)
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        func inDirectory(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        let dataFormat = format == .datapackage ? Format.csv : format
        let name = round + "." + dataFormat.rawValue
        let path = inDirectory(name)
        switch dataFormat {
        case .csv, .datapackage: try Self.writePrivate(Data(data.csv().utf8), to: path)
        case .dta, .sav:
            try data.writeStatFile(path, kind: format == .dta ? .stata : .spss)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        }
        let sha256 = try SHA256.hex(ofFile: path)
        var files = [path]
        if format == .datapackage {
            let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
            let rounds = try store.sources().filter { $0.kind == "survey" && $0.survey == round }
            let package = DataPackage(round: round, language: language, data: data, sources: rounds)
            files.append(inDirectory("datapackage.json"))
            try Self.writePrivate(try package.descriptor(csvFile: name, sha256: sha256, bytes: bytes), to: files[1])
        }
        let snippets = DesignSnippets(file: name, format: dataFormat, columns: Set(data.columns.map(\.name)))
        files += [inDirectory("design.R"), inDirectory("design.do")]
        try snippets.r.write(toFile: files[files.count - 2], atomically: true, encoding: .utf8)
        try snippets.stata.write(toFile: files[files.count - 1], atomically: true, encoding: .utf8)
        do {
            try store.recordExport(round: round, format: format.rawValue, file: path, sha256: sha256, rows: data.rows.count)
        } catch {
            // Microdata on disk that `exports` does not list would be out of sight: none is left.
            for file in files { try? FileManager.default.removeItem(atPath: file) }
            throw error
        }
        return Result(files: files, rows: data.rows.count, columns: data.columns.count)
    }

    /// Writes `contents` to `path` (replacing it) with permissions 0600.
    static func writePrivate(_ contents: Data, to path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        guard FileManager.default.createFile(atPath: path, contents: contents, attributes: [.posixPermissions: 0o600]) else {
            throw ExportError(kind: .environment, message: "cannot write \(path)")
        }
    }
}

/// A survey round that cannot be exported.
package struct ExportError: Error, CustomStringConvertible, Sendable {
    /// An unknown round is a misuse of the command (exit 64); a file that cannot be written is
    /// the environment's problem (exit 1).
    package let kind: Diagnostic.Kind
    package let message: String
    package var description: String { diagnostic.rendered }
}

extension ExportError: DiagnosticConvertible {
    package var diagnostic: Diagnostic { Diagnostic(kind: kind, message: message) }
}
