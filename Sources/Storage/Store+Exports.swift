import Foundation

extension Store {
    /// Records a microdata export (the table is created on first use).
    func recordExport(round: String, format: String, file: String, sha256: String, rows: Int) throws {
        try database.execute(
            """
            CREATE TABLE IF NOT EXISTS exports (id INTEGER PRIMARY KEY, survey TEXT NOT NULL, format TEXT NOT NULL,
              file TEXT NOT NULL, sha256 TEXT NOT NULL, rows INTEGER NOT NULL, exported_at TEXT NOT NULL)
            """)
        let statement = try database.prepare(
            "INSERT INTO exports (survey, format, file, sha256, rows, exported_at) VALUES (?, ?, ?, ?, ?, ?)")
        let time = ISO8601DateFormatter().string(from: Date())
        try statement.bind([.text(round), .text(format), .text(file), .text(sha256), .integer(Int64(rows)), .text(time)])
        try statement.run()
    }
}
