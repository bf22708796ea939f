import Foundation
import Testing

/// Eurostat bulk TSV files are read without a codebook (the real LV/LT/PL extracts in datasets/eurostat).
@Suite struct EurostatTests {
    static let folder = SitanProcess.repository.appendingPathComponent("datasets/eurostat")

    @Test
    func realFilesLoadWithFlagsAndHarmonisedCodes() throws {
        let db = temporaryDirectory().appendingPathComponent("e.sqlite").path
        let crime = Self.folder.appendingPathComponent("estat_crim_off_cat.tsv").path
        let population = Self.folder.appendingPathComponent("demo_pjan_LV_LT_PL_0-17.tsv").path
        let result = try SitanProcess.run(["ingest", "--db", db, crime, population])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("estat_crim_off_cat.tsv: 124 rows read, 124 loaded, 0 rejected"))
        #expect(result.stdout.contains("demo_pjan_LV_LT_PL_0-17.tsv: 171 rows read, 171 loaded, 0 rejected"))
        func query(_ sql: String) throws -> String { try SitanProcess.run(["query", "--db", db, "--format", "csv", sql]).stdout }
        // Published values: crim_off_cat ICCS0301 LV 2022, NR 399 and P_HTHAB 21.27.
        #expect(
            try query("SELECT unit, count FROM counts WHERE iccs = '0301' AND country = 'LV' AND year = 2022 ORDER BY unit")
                == "unit,count\nNR,399.0\nP_HTHAB,21.27\n")
        #expect(
            try query("SELECT count(*) FROM counts WHERE count IS NULL AND country = 'LV' AND iccs = '0301' AND unit = 'NR'")
                == "count(*)\n5\n")
        #expect(
            try query("SELECT age, sex FROM population WHERE age_code = 'Y_LT1' AND country = 'LT' AND sex = 'female' LIMIT 1")
                == "age,sex\n0,female\n")
        #expect(try query("SELECT count(*) FROM population WHERE flag IS NOT NULL") != "count(*)\n0\n")
        let again = try SitanProcess.run(["ingest", "--db", db, crime])
        #expect(again.status == 65 && again.stderr.contains("already loaded"))
    }

    @Test func malformedCellsAreQuarantined() throws {
        let directory = temporaryDirectory()
        let tsv =
            "freq,iccs,unit,geo\\TIME_PERIOD\t2021 \t2022 \nA,ICCS0301,NR,LV\t335 \t399 p\nA,ICCS0301,NR,LT\tx12 \t141 \nA,ICCS0301,LT\t1 \t2 \n"
        let path = try write(tsv, to: "estat_test.tsv", in: directory)
        let db = directory.appendingPathComponent("e.sqlite").path
        let result = try SitanProcess.run(["ingest", "--db", db, path])
        #expect(result.status == 0 && result.stdout.contains("3 rows read, 1 loaded, 2 rejected"), "\(result.stdout)\(result.stderr)")
        let rejects = try SitanProcess.run(["rejects", "--db", db, "--format", "csv"]).stdout
        #expect(rejects.contains("estat_test.tsv,3,18,2021,not a Eurostat value"))
        #expect(rejects.contains("estat_test.tsv,4,1,,expected 4 key parts and 2 values"))
        let flagged = try SitanProcess.run(["query", "--db", db, "--format", "csv", "SELECT count, flag FROM counts WHERE year = 2022"])
            .stdout
        #expect(flagged == "count,flag\n399.0,p\n")
    }

    @Test func otherFilesStillNeedACodebook() throws {
        let path = try write("a,b\n1,2\n", to: "x.csv", in: temporaryDirectory())
        let result = try SitanProcess.run(["ingest", path])
        #expect(result.status == 64 && result.stderr.contains("needs --codebook"))
    }
}
