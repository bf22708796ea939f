import Foundation
import Testing

/// `sitan export`: a round's microdata as .dta, .sav and .csv with the design snippets, recorded
/// in provenance; read back through `sitan ingest`, the .sav gives the same data. (The R round
/// trip with haven and survey is scripts/check-export-roundtrip.sh.)
@Suite struct ExportTests {
    static let fixtures = SitanProcess.fixtures.appendingPathComponent("statfiles")

    func database() throws -> String {
        let db = temporaryDirectory().appendingPathComponent("e.sqlite").path
        let result = try SitanProcess.run([
            "ingest", "--db", db, Self.fixtures.appendingPathComponent("lv-survey.sav").path,
            "--codebook", Self.fixtures.appendingPathComponent("lv-survey.codebook.yaml").path,
            "--dictionary", SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return db
    }

    @Test func everyFormatWithTheDesignSnippetsAndAProvenanceRecord() throws {
        let db = try database()
        let out = temporaryDirectory().appendingPathComponent("export")
        for format in ["dta", "sav", "csv"] {
            let result = try SitanProcess.run(["export", "--db", db, "--survey", "LV-2024", "--format", format, "--out", out.path])
            #expect(result.status == 0 && result.stderr.contains("not for publication"), "\(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("LV-2024.\(format)").path))
        }
        let csv = try String(contentsOf: out.appendingPathComponent("LV-2024.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("id,weight,strata,psu,country,year,sex,age,region,csa_contact_lifetime,"))
        #expect(!csv.contains("_source") && !csv.contains("_line") && csv.split(separator: "\n").count == 24)
        let r = try String(contentsOf: out.appendingPathComponent("design.R"), encoding: .utf8)
        #expect(r.contains("svydesign(ids = ~psu, strata = ~strata, weights = ~weight, data = d, nest = TRUE)"))
        let stata = try String(contentsOf: out.appendingPathComponent("design.do"), encoding: .utf8)
        #expect(stata.contains("svyset psu [pweight = weight], strata(strata) vce(linearized)"))
        let recorded = try SitanProcess.run([
            "query", "--db", db, "--format", "csv", "SELECT survey, format, rows, length(sha256) FROM exports",
        ])
        #expect(recorded.stdout == "survey,format,rows,length(sha256)\nLV-2024,dta,23,64\nLV-2024,sav,23,64\nLV-2024,csv,23,64\n")
    }

    /// `--format datapackage`: the CSV with a Frictionless descriptor whose schema names every
    /// column in order with its type and labels, whose hash and size are the CSV's, and whose
    /// sources are the round's; microdata files readable by their owner only.
    /// (`frictionless validate` accepts it: scripts/check-export-roundtrip.sh.)
    @Test func dataPackageDescribesTheCSVAndItsProvenance() throws {
        let db = try database()
        let out = temporaryDirectory().appendingPathComponent("package")
        let result = try SitanProcess.run(["export", "--db", db, "--survey", "LV-2024", "--format", "datapackage", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let csvURL = out.appendingPathComponent("LV-2024.csv")
        let csv = try Data(contentsOf: csvURL)
        let descriptor = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("datapackage.json"))) as? [String: Any])
        let resource = try #require((descriptor["resources"] as? [[String: Any]])?.first)
        #expect(resource["path"] as? String == "LV-2024.csv" && resource["bytes"] as? Int == csv.count)
        let sums = try SitanProcess.run(["query", "--db", db, "--format", "csv", "SELECT sha256 FROM exports"]).stdout
        #expect((resource["hash"] as? String).map { sums.contains($0.replacingOccurrences(of: "sha256:", with: "")) } == true)
        let fields = try #require((resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
        let header = String(decoding: csv, as: UTF8.self).prefix { $0 != "\n" }.split(separator: ",").map(String.init)
        #expect(fields.map { $0["name"] as? String ?? "" } == header)
        let types = Dictionary(uniqueKeysWithValues: fields.map { ($0["name"] as? String ?? "", $0["type"] as? String ?? "") })
        #expect(
            types["weight"] == "number" && types["age"] == "integer" && types["sex"] == "string"
                && types["csa_contact_lifetime"] == "integer")
        let sex = try #require(fields.first { $0["name"] as? String == "sex" })
        #expect((sex["constraints"] as? [String: Any])?["enum"] as? [String] == ["male", "female"])
        #expect((sex["categories"] as? [[String: String]])?.first == ["value": "male", "label": "Male"])
        let sources = try #require(descriptor["sources"] as? [[String: Any]])
        #expect(sources.map { $0["path"] as? String } == ["lv-survey.sav"])
        for file in ["LV-2024.csv", "datapackage.json"] {
            let mode = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(file).path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file)")
        }
    }

    @Test func theSPSSExportReadsBackToTheSameRows() throws {
        let db = try database()
        let out = temporaryDirectory().appendingPathComponent("export")
        #expect(try SitanProcess.run(["export", "--db", db, "--survey", "LV-2024", "--format", "sav", "--out", out.path]).status == 0)
        let back = try SitanProcess.run([
            "ingest", "--db", db, out.appendingPathComponent("LV-2024.sav").path,
            "--codebook", Self.fixtures.appendingPathComponent("lv-export.codebook.yaml").path,
            "--dictionary", SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path,
        ])
        #expect(back.status == 0 && back.stdout.contains("23 rows read, 23 loaded, 0 rejected"), "\(back.stderr)")
        let sql =
            "SELECT _source, count(*), sum(_weight), sum(sex = 'male'), sum(csa_contact_lifetime), count(csa_contact_lifetime), "
            + "sum(csa_any_lifetime), count(DISTINCT region), sum(length(region)), sum(age) FROM survey GROUP BY _source"
        let rows = try SitanProcess.run(["query", "--db", db, "--format", "csv", sql]).stdout.split(separator: "\n").dropFirst()
        #expect(
            rows.count == 2
                && rows.map { $0.split(separator: ",").dropFirst() }.allSatisfy { $0 == rows.first!.split(separator: ",").dropFirst() })
    }

    @Test func unknownRoundIsAUsageError() throws {
        let db = try database()
        let result = try SitanProcess.run([
            "export", "--db", db, "--survey", "LT-1999", "--format", "csv", "--out", temporaryDirectory().path,
        ])
        #expect(result.status == 64 && result.stderr.contains("LV-2024"))
    }
}
