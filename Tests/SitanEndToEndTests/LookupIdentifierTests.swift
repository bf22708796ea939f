import Foundation
import TestSupport
import Testing

/// A codebook's `lookup` table is read with the codebook and its values are stored as the
/// derived variable, so an identifier in it must refuse the ingest like one in the codebook: a
/// PESEL or an e-mail address given as the ICCS code of article 159 was stored in every row
/// (exit 0) and printed by `sitan query`.
@Suite struct LookupIdentifierTests {
    @Test(arguments: [SampleCodes.pesel, "jan.kowalski@example.pl", "+371 2612 3456"])
    func identifierInALookupTableIsRefused(_ identifier: String) throws {
        let directory = temporaryDirectory()
        try write("country,article,iccs,description\nLV,160,03012,assault\nLV,159,\(identifier),rape\n", to: "map.csv", in: directory)
        let csv = "gads,pants\n" + String(repeating: "2024,159\n", count: 30)
        let db = directory.appendingPathComponent("l.sqlite").path
        let result = try SitanProcess.run([
            "ingest", "--db", db, try write(csv, to: "cases.csv", in: directory), "--codebook",
            try write(
                """
                source: {name: lookup, country: LV, kind: incidents, synthetic: true}
                file: {encoding: utf-8, delimiter: ",", missing: [""]}
                columns:
                  gads: {variable: year, type: integer}
                  pants: {variable: national_article, type: text}
                derived:
                  iccs: {from: national_article, lookup: map.csv, key: article, value: iccs}

                """, to: "cases.codebook.yaml", in: directory),
            "--dictionary", SitanProcess.repository.appendingPathComponent("datasets/variables.yaml").path,
        ])
        #expect(result.status == 65, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("map.csv:3: error: ") && result.stderr.contains("field 3"), "\(result.stderr)")
        let bytes = FileManager.default.contents(atPath: db) ?? Data()
        for text in [result.stdout, result.stderr, String(decoding: bytes, as: UTF8.self)] {
            #expect(!text.contains(identifier) && !text.contains("kowalski") && !text.contains("2612"))
        }
    }
}
