import Foundation

/// A Frictionless Data Package (`datapackage.json`) describing an exported survey round's CSV:
/// a Table Schema with the dictionary's labels and categories, the file's SHA-256 and size, and
/// the provenance of every source the round was ingested from.
struct DataPackage {
    let round: String
    let language: String
    let data: SurveyMicrodata
    let sources: [SourceRecord]

    /// The descriptor of the package whose only resource is `csvFile` (a file name in the same
    /// folder) with the given hash and size. Keys are sorted, so the same data give the same bytes.
    func descriptor(csvFile: String, sha256: String, bytes: Int) throws -> Data {
        let package: [String: Any] = [
            "name": Self.identifier(round),
            "title": "Survey round \(round), harmonised microdata (sitan)",
            "description":
                "Microdata for the analyst, not for publication: it has passed no disclosure control. Design columns: id, weight, strata, psu, fpc.",
            "profile": "tabular-data-package",
            "sources": sources.map { source -> [String: Any] in
                [
                    "title": source.name, "path": (source.file as NSString).lastPathComponent,
                    "sha256": source.sha256, "codebook_sha256": source.codebookSHA256, "rows_loaded": source.rowsLoaded,
                    "ingested_at": source.ingestedAt, "sitan_version": source.sitanVersion,
                ]
            },
            "resources": [
                [
                    "name": Self.identifier(round), "path": csvFile, "profile": "tabular-data-resource",
                    "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                    "hash": "sha256:" + sha256, "bytes": bytes,
                    "dialect": ["delimiter": ",", "header": true],
                    "schema": ["fields": data.columns.indices.map(field), "missingValues": [""]],
                ] as [String: Any]
            ],
        ]
        return try JSONSerialization.data(withJSONObject: package, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    /// The Table Schema field of column `index`: categories as an enum of their codes with labels,
    /// numbers as `integer` when every value is whole, text as `string`.
    func field(_ index: Int) -> [String: Any] {
        let column = data.columns[index]
        var field: [String: Any] = ["name": column.name, "title": column.label]
        if let categories = column.categories {
            field["type"] = "string"
            field["constraints"] = ["enum": categories]
            field["categories"] = zip(categories, column.categoryLabels).map { ["value": $0, "label": $1] }
        } else if column.isText {
            field["type"] = "string"
        } else {
            let whole = data.rows.allSatisfy { row in
                switch row[index] {
                case .integer: true
                case let .real(v): v == v.rounded() && abs(v) < 1e15
                default: true
                }
            }
            field["type"] = whole ? "integer" : "number"
        }
        return field
    }

    /// A package or resource name: lower case letters, digits, `-`, `_` and `.` only.
    static func identifier(_ text: String) -> String {
        String(text.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "-" })
    }
}
