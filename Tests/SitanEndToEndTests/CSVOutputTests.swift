import Foundation
import TestSupport
import Testing

/// Every CSV output is one rectangular table that R, Python and csvkit read with numbers as
/// numbers. scripts/check-csv-outputs.py reads each output with those tools and records the
/// column types they found in Fixtures/csv-outputs/types.tsv; this test checks the outputs
/// against that record without needing the tools.
@Suite(.serialized) struct CSVOutputTests {
    static let directory = SitanProcess.fixtures.appendingPathComponent("csv-outputs")

    /// Label and command line of every output checked.
    static let commands: [(label: String, arguments: [String])] = {
        let text = (try? String(contentsOf: directory.appendingPathComponent("commands.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t")
            return (String(parts[0]), parts[1].split(separator: " ").map(String.init))
        }
    }()

    /// Per label, the columns with the class R's read.csv gave them.
    static let types: [String: [(column: String, rClass: String)]] = {
        let text = (try? String(contentsOf: directory.appendingPathComponent("types.tsv"), encoding: .utf8)) ?? ""
        var types: [String: [(String, String)]] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            types[parts[0], default: []].append((parts[1], parts[2]))
        }
        return types
    }()

    /// The synthetic datasets, as the script ingests them.
    static let database: String = {
        let db = temporaryDirectory().appendingPathComponent("csv.sqlite").path
        let datasets = SitanProcess.repository.appendingPathComponent("datasets")
        for country in ["lv", "lt", "pl"] {
            for kind in ["incidents", "population", "survey"] {
                let file = datasets.appendingPathComponent("\(country)-\(kind).csv").path
                _ = try? SitanProcess.run([
                    "ingest", "--quiet", "--db", db, file, "--codebook", file + ".codebook.yaml",
                    "--dictionary", datasets.appendingPathComponent("variables.yaml").path,
                ])
            }
        }
        return db
    }()

    @Test func theRecordCoversEveryCommand() {
        #expect(Self.commands.count >= 12 && Self.commands.allSatisfy { Self.types[$0.label] != nil })
    }

    @Test(arguments: commands.map(\.label))
    func outputIsOneTableWithNumbersAsNumbers(label: String) throws {
        let arguments = try #require(Self.commands.first { $0.label == label }).arguments
        let expected = try #require(Self.types[label])
        _ = try SitanProcess.run(["releases", "--new-ledger", "--reason", "csv test", "--db", Self.database])
        let result = try SitanProcess.run(arguments + ["--db", Self.database, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try CSVParsing.records(result.stdout)
        let header = try #require(records.first)
        #expect(header == expected.map(\.column), "\(label): columns differ from the record; run scripts/check-csv-outputs.py")
        #expect(records.allSatisfy { $0.count == header.count }, "\(label) is not rectangular")
        #expect((records.count > 1 || label == "rejects") && !records.contains { $0.first?.hasPrefix("#") ?? false })
        for (index, type) in expected.enumerated() where index < header.count {
            let fields = records.dropFirst().map { $0[index] }.filter { !$0.isEmpty }
            switch type.rClass {
            case "integer":
                #expect(fields.allSatisfy { Int($0) != nil }, "\(label).\(type.column) is not whole numbers")
            case "numeric":
                #expect(fields.allSatisfy { Double($0)?.isFinite == true }, "\(label).\(type.column) is not numbers")
            default:
                break
            }
            if type.column.hasSuffix("_flag") {
                #expect(Set(fields).isSubset(of: ["confidential", "unreliable", "low_reliability"]), "\(label).\(type.column)")
            }
        }
    }

    @Test func marksAndNotesStayOutOfTheNumbers() throws {
        _ = try SitanProcess.run(["releases", "--new-ledger", "--reason", "csv test", "--db", Self.database])
        let notes = temporaryDirectory().appendingPathComponent("notes.txt")
        let arguments = ["incidents", "--across", "victim_age_group", "--by", "country,year", "--db", Self.database]
        let result = try SitanProcess.run(arguments + ["--format", "csv", "--notes", notes.path])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        #expect(try String(contentsOf: notes, encoding: .utf8).hasPrefix("Note: Counts from 1 to 4 are suppressed"))
        #expect(result.stdout.contains(",confidential,") && !result.stdout.contains(":c"))
        let table = try SitanProcess.run(arguments + ["--format", "table"])
        #expect(table.stdout.contains(":c") && table.stdout.contains("Note: Counts from 1 to 4"))
        let misuse = try SitanProcess.run(["rates", "--by", "year", "--table", "ratios", "--db", Self.database])
        #expect(misuse.status == 64 && misuse.stderr.contains("needs country"))
    }
}
