import Foundation

extension Store {
    /// Records a microdata export in the `exports` table.
    func recordExport(round: String, format: String, file: String, sha256: String, rows: Int) throws {
        let statement = try database.prepare(
            "INSERT INTO exports (survey, format, file, sha256, rows, exported_at) VALUES (?, ?, ?, ?, ?, ?)")
        let time = ISO8601DateFormatter().string(from: Date())
        try statement.bind([.text(round), .text(format), .text(file), .text(sha256), .integer(Int64(rows)), .text(time)])
        try statement.run()
    }
}
