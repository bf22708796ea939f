import Foundation
import TestSupport
import Testing

/// Identifiers in an amount column, in a header the guard misses and in a file name, each
/// ingested in a fresh database: refused with exit code 65 and never echoed or stored; case
/// and registration numbers after their words load.
@Suite struct DisguisedIdentifierTests {
    static let dictionary = SitanProcess.fixtures.appendingPathComponent("ingest/variables.yaml").path

    /// A codebook with an amount column of type number, read with `decimal`.
    static func amountCodebook(country: String, decimal: String) -> String {
        let delimiter = decimal == "," ? ";" : ","
        return """
            source: {name: kwoty-\(country.lowercased()), country: \(country), kind: survey, year: 2024}
            file: {encoding: utf-8, delimiter: "\(delimiter)", decimal: "\(decimal)"}
            design: {id: nr, weight: null, strata: null, psu: null}
            columns:
              plec: {variable: sex, codes: {"1": male, "2": female}}
              kwota: {variable: amount, type: number}
              uwagi: {variable: notes, type: text}
            variables:
              amount: {type: number, labels: {en: Amount}}
              notes: {type: text, labels: {en: Notes}}

            """
    }

    /// Ingests one data row into a fresh database; returns the result and the database path.
    func ingest(amount: String, notes: String = "brak", country: String = "PL", decimal: String = ",", file: String = "data.csv")
        throws -> (SitanProcess.Output, String)
    {
        let directory = temporaryDirectory()
        let separator = decimal == "," ? ";" : ","
        let csv =
            ["nr", "plec", "kwota", "uwagi"].joined(separator: separator) + "\n"
            + ["1", "1", "12", "brak"].joined(separator: separator) + "\n"
            + ["2", "2", amount, "\"\(notes)\""].joined(separator: separator) + "\n"
        let path = try write(csv, to: file, in: directory)
        let book = try write(Self.amountCodebook(country: country, decimal: decimal), to: "data.codebook.yaml", in: directory)
        let db = directory.appendingPathComponent("t.sqlite").path
        try SitanProcess.run(["init", "--db", db])
        return (try SitanProcess.run(["ingest", "--db", db, path, "--codebook", book, "--dictionary", Self.dictionary]), db)
    }

    @Test(arguments: [
        ("601234567,00", "PL", ","), ("48601234567,00", "PL", ","), ("0601234567,00", "PL", ","), ("29123456,00", "LV", ","),
        ("26123456,5", "LV", ","), ("601234567.00", "LT", "."), ("1,0231545672E10", "PL", ","), ("8,5010112345E10", "PL", ","),
        ("8.5010112345E10", "LT", "."),
    ])
    func identifierInAnAmountIsRefusedAndNotStored(amount: String, country: String, decimal: String) throws {
        let (result, db) = try ingest(amount: amount, country: country, decimal: decimal)
        #expect(result.status == 65, "\(amount): \(result.stderr)")
        #expect(
            result.stderr.contains("data.csv:3:") && result.stderr.contains("column \"kwota\" holds what looks like"), "\(result.stderr)")
        // The integer part, or for scientific notation the mantissa's digits (the code itself).
        let digits =
            amount.contains("E")
            ? String(amount.prefix { $0 != "E" }.filter(\.isNumber)) : String(amount.prefix { $0 != "," && $0 != "." })
        #expect(!result.stderr.contains(digits) && !result.stdout.contains(digits), "\(amount) was echoed")
        let stored = try Data(contentsOf: URL(fileURLWithPath: db))
        #expect(stored.range(of: Data(amount.utf8)) == nil)
        let rows = try SitanProcess.run(["query", "--db", db, "--format", "csv", "SELECT count(*) FROM survey"])
        #expect(rows.stdout.hasSuffix("\n0\n"), "\(rows.stdout)")
    }

    @Test func ordinaryAmountLoads() throws {
        let (result, db) = try ingest(amount: "12345678,50", notes: "IT Nr. 01-1-12345-23, reģ. Nr. 40003074764")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try SitanProcess.run(["query", "--db", db, "--format", "csv", "SELECT count(*) FROM survey"])
        #expect(rows.stdout.hasSuffix("\n2\n"), "\(rows.stdout)")
    }

    @Test(arguments: ["jan.kowalski na wp.pl", "jan.kowalski-małpa-wp.pl", "janis berzins pie inbox.lv"])
    func unknownHeaderThatMayBeAnIdentifierIsNamedByPosition(header: String) throws {
        let directory = temporaryDirectory()
        let csv = "nr,plec,kwota,uwagi,\"\(header)\"\n1,1,12,brak,x\n"
        let path = try write(csv, to: "data.csv", in: directory)
        let book = try write(Self.amountCodebook(country: "PL", decimal: "."), to: "data.codebook.yaml", in: directory)
        let db = directory.appendingPathComponent("t.sqlite").path
        try SitanProcess.run(["init", "--db", db])
        let result = try SitanProcess.run(["ingest", "--db", db, path, "--codebook", book, "--dictionary", Self.dictionary])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(!result.stderr.contains("kowalski") && !result.stderr.contains("berzins"), "\(result.stderr)")
        #expect(result.stderr.contains("header #5"), "\(result.stderr)")
    }

    @Test(arguments: ["601❤234❤567.csv", "kontakt_601×234×567.csv", "kontakt_601ˇ234ˇ567.csv"])
    func fileNameWithASymbolBetweenDigitGroupsIsRefusedAndNotStored(file: String) throws {
        let (result, db) = try ingest(amount: "12", decimal: ".", file: file)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(!result.stderr.contains("234") && !result.stdout.contains("234"), "\(result.stderr)")
        let files = try SitanProcess.run(["query", "--db", db, "--format", "csv", "SELECT count(*) FROM sources"])
        #expect(files.stdout.hasSuffix("\n0\n"), "\(files.stdout)")
    }

    /// A helpline worker's note with a surname after a form of address, a bare handle or a glued
    /// street word: refused at its line and column, never echoed or stored.
    @Test(arguments: [
        ("Pani Nowak dzwoniła 2 razy", "Nowak", "a person's name"), ("rozmowa z p. Kowalskim", "Kowalskim", "a person's name"),
        ("Ponia Jonaitienė skambino", "Jonaitienė", "a person's name"),
        ("z sąsiadem Janem Kowalskim", "Kowalskim", "a person's name"),
        ("pisała z konta @ieva_2010", "ieva_2010", "a social-media profile or handle"),
        ("tg: ieva_p, 3 rozmowy", "ieva_p", "a social-media profile or handle"),
        ("Gdańsk, ul.Długa 5", "Długa", "a street address"), ("brīvības iela 12", "brīvības", "a street address"),
        // One surname after a role word, a name on its own line of a quoted field, a street without a street word.
        ("sprawca Kowalski", "Kowalski", "a person's name"), ("varmāka Bērziņš", "Bērziņš", "a person's name"),
        ("Pani\r\nNowak", "Nowak", "a person's name"), ("mieszka na Długiej 5", "Długiej", "a street address"),
        ("ul. Długa numer 5", "Długa", "a street address"), ("gyvena Gedimino 5", "Gedimino", "a street address"),
    ])
    func workerNoteWithAnIdentifierIsRefusedAndNotStored(notes: String, hidden: String, kind: String) throws {
        let (result, db) = try ingest(amount: "12", notes: notes)
        #expect(result.status == 65, "\(notes): \(result.stderr)")
        #expect(result.stderr.contains("data.csv:3:") && result.stderr.contains("holds what looks like \(kind)"), "\(result.stderr)")
        #expect(!result.stderr.contains(hidden) && !result.stdout.contains(hidden), "\(notes) was echoed")
        let stored = try Data(contentsOf: URL(fileURLWithPath: db))
        #expect(stored.range(of: Data(hidden.utf8)) == nil)
    }

    /// Ordinary notes with forms of address, roles, networks and street words load.
    @Test func ordinaryWorkerNotesLoad() throws {
        for notes in [
            "Rozmowa z panią pedagog ze szkoły, 2 spotkania", "Pani Dyrektor Szkoły Podstawowej nr 5", "kurator Sądu Rejonowego",
            "kontakt przez Messenger, 3 rozmowy", "na ulicy było 3 chłopców", "Ponia direktorė informuota",
            "sprawca nieznany, ofiara zgłosiła się na policję", "Mieszka na wsi", "matka Ukrainka, mieszka w Polsce 5 lat",
        ] {
            let (result, db) = try ingest(amount: "12", notes: notes)
            #expect(result.status == 0, "\(notes): \(result.stderr)")
            let rows = try SitanProcess.run(["query", "--db", db, "--format", "csv", "SELECT count(*) FROM survey"])
            #expect(rows.stdout.hasSuffix("\n2\n"), "\(rows.stdout)")
        }
    }
}
