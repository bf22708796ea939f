import Foundation
import TestSupport
import Testing

/// Files that must be refused whole: identifiers, unknown columns, wrong encodings, bad codebooks.
@Suite struct RefusalTests {
    let fixture = SitanProcess.fixtures.appendingPathComponent("ingest")
    var dictionary: String { fixture.appendingPathComponent("variables.yaml").path }

    let codebook = """
        source: {name: pii-test, country: PL, kind: survey, year: 2024}
        file: {encoding: utf-8, delimiter: ","}
        design: {id: nr, weight: null, strata: null, psu: null}
        columns:
          plec: {variable: sex, codes: {"1": male, "2": female}}
          wiek: {variable: age, type: integer}
          uwagi: {variable: region, type: text}

        """

    /// Ingests `csv` with `codebook` into a fresh database; returns the result and the database path.
    func ingest(_ csv: String, codebook: String, encoding: String.Encoding = .utf8) throws -> (SitanProcess.Output, String) {
        let directory = temporaryDirectory()
        let file = try write(csv, to: "data.csv", in: directory, encoding: encoding)
        let book = try write(codebook, to: "data.codebook.yaml", in: directory)
        let db = directory.appendingPathComponent("t.sqlite").path
        try SitanProcess.run(["init", "--db", db])
        let result = try SitanProcess.run(["ingest", "--db", db, file, "--codebook", book, "--dictionary", dictionary])
        return (result, db)
    }

    func loadedRows(_ db: String) throws -> String {
        try SitanProcess.run([
            "query", "--db", db, "--format", "csv", "SELECT (SELECT count(*) FROM sources) || '/' || (SELECT count(*) FROM survey)",
        ]).stdout
    }

    @Test(arguments: [
        ("44051401359", "PESEL"),
        ("33309240064", "Lithuanian personal code"),
        ("161175-19997", "Latvian personal code"),
        ("jan.kowalski@example.pl", "e-mail address"),
        ("+48 601 234 567", "phone number"),
    ])
    func identifierRefusesTheFile(value: String, kind: String) throws {
        let csv = "nr,plec,wiek,uwagi\n1,1,12,Mazowieckie\n2,2,13,\(value)\n3,1,14,Pomorskie\n"
        let (result, db) = try ingest(csv, codebook: codebook)
        #expect(result.status == 65)
        #expect(result.stderr.contains("data.csv:3:8: error: column \"uwagi\" holds what looks like"), "\(result.stderr)")
        #expect(result.stderr.contains(kind), "\(result.stderr)")
        #expect(!result.stderr.contains(value) && !result.stdout.contains(value), "the value must never be echoed")
        #expect(try loadedRows(db).hasSuffix("\n0/0\n"))
    }

    @Test func identifierInADroppedColumnStillRefuses() throws {
        let csv = "nr,plec,wiek,uwagi,komentarz\n1,1,12,Mazowieckie,zadzwoń 601234567\n"
        let (result, _) = try ingest(csv, codebook: codebook + "drop: [komentarz]\n")
        #expect(result.status == 65 && result.stderr.contains("column \"komentarz\"") && !result.stderr.contains("601234567"))
    }

    @Test func safeColumnIsAcknowledgedAndRecorded() throws {
        let csv = "nr,plec,wiek,uwagi,numer_szkoly\n1,1,12,Mazowieckie,44051401359\n"
        let book = codebook + "drop: [numer_szkoly]\nsafe: {numer_szkoly: \"school register number, 11 digits; not a person\"}\n"
        let (result, db) = try ingest(csv, codebook: book)
        #expect(result.status == 0, "\(result.stderr)")
        let sources = try SitanProcess.run(["sources", "--db", db, "--format", "json"]).stdout
        #expect(sources.contains("\"safe_columns\": {\"numer_szkoly\":\"school register number, 11 digits; not a person\"}"))
    }

    @Test func headerNamedByPositionIsAcknowledgedByThatPosition() throws {
        let csv = "nr,plec,wiek,uwagi,Notatki Anny\n1,1,12,Mazowieckie,zadzwoń 601234567\n"
        let (refused, _) = try ingest(csv, codebook: codebook + "drop: [Notatki Anny]\n")
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("data.csv:2:20: error: header #5 holds what looks like a phone number"), "\(refused.stderr)")
        #expect(refused.stderr.contains("under `safe: {\"#5\": \"reason\"}`") && !refused.stderr.contains("Anny"))
        let book = codebook + "drop: [Notatki Anny]\nsafe: {\"#5\": \"checked by hand: the notes hold no identifiers\"}\n"
        let (acknowledged, db) = try ingest(csv, codebook: book)
        #expect(acknowledged.status == 0, "\(acknowledged.stderr)")
        #expect(try loadedRows(db).hasSuffix("\n1/1\n"))
    }

    @Test func unknownColumnRefusesTheFile() throws {
        let (result, db) = try ingest("nr,plec,wiek,uwagi,ocena\n1,1,12,Mazowieckie,Anna\n", codebook: codebook)
        #expect(result.status == 65)
        #expect(result.stderr.contains("data.csv:1:20: error: column \"ocena\" is not in the codebook"))
        #expect(!result.stderr.contains("Anna"))
        #expect(try loadedRows(db).hasSuffix("\n0/0\n"))
    }

    @Test(arguments: [("imie", "a person's name"), ("data_urodzenia", "a date of birth"), ("adres", "a street address")])
    func identifierColumnIsRefusedUnlessAcknowledged(column: String, kind: String) throws {
        let csv = "nr,plec,wiek,uwagi,\(column)\n1,1,12,Mazowieckie,x\n"
        let (result, db) = try ingest(csv, codebook: codebook + "drop: [\(column)]\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("data.csv:1:20: error: column \"\(column)\" is named like a direct identifier (\(kind))"))
        #expect(try loadedRows(db).hasSuffix("\n0/0\n"))
        let book = codebook + "drop: [\(column)]\nsafe: {\(column): \"always empty in this export, checked by hand\"}\n"
        let (acknowledged, _) = try ingest(csv, codebook: book)
        #expect(acknowledged.status == 0, "\(acknowledged.stderr)")
    }

    @Test(arguments: [("adres ul długa 5", "długa"), ("email jan kowalski at gmail", "kowalski")])
    func identifierColumnWithOtherWordsIsNamedByPosition(column: String, hidden: String) throws {
        let csv = "nr,plec,wiek,uwagi,\(column)\n1,1,12,Mazowieckie,x\n"
        let (result, _) = try ingest(csv, codebook: codebook + "drop: [\(column)]\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("data.csv:1:20: error: header #5 is named like a direct identifier"), "\(result.stderr)")
        #expect(result.stderr.contains("under `safe: {\"#5\": \"reason\"}`") && !result.stderr.contains(hidden))
        let book = codebook + "drop: [\(column)]\nsafe: {\"#5\": \"always empty in this export, checked by hand\"}\n"
        let (acknowledged, _) = try ingest(csv, codebook: book)
        #expect(acknowledged.status == 0, "\(acknowledged.stderr)")
    }

    /// A header that is a name word and a name, copied into the codebook's `drop:`, puts the
    /// name in the codebook too: the codebook is refused at that line, by position.
    @Test(arguments: [("nazwisko KOWALSKI", "KOWALSKI"), ("vārds Jānis", "Jānis")])
    func nameCopiedIntoTheCodebookRefusesTheCodebook(column: String, hidden: String) throws {
        let csv = "nr,plec,wiek,uwagi,\(column)\n1,1,12,Mazowieckie,x\n"
        let (result, db) = try ingest(csv, codebook: codebook + "drop: [\(column)]\n")
        #expect(result.status == 65)
        #expect(
            result.stderr.contains("data.codebook.yaml:") && result.stderr.contains("looks like a person's name (not shown)"),
            "\(result.stderr)")
        #expect(!result.stderr.contains(hidden) && !result.stdout.contains(hidden))
        #expect(try loadedRows(db).hasSuffix("\n0/0\n"))
    }

    @Test(arguments: ["Jan Kowalski", "ul długa 5", "jan kowalski at gmail", "Jānis Bērziņš", "Jan_Kowalski", "dorota", "szymon_k"])
    func unknownHeaderThatReadsAsAPersonIsNamedByPosition(column: String) throws {
        let (result, _) = try ingest("nr,plec,wiek,uwagi,\(column)\n1,1,12,Mazowieckie,x\n", codebook: codebook)
        #expect(result.status == 65)
        #expect(result.stderr.contains("data.csv:1:20: error: header #5 is not in the codebook"), "\(result.stderr)")
        #expect(!result.stderr.contains(column))
    }

    @Test func identifierUnderADroppedHeaderThatIsNotPlainIsRefusedByPosition() throws {
        let csv = "nr,plec,wiek,uwagi,Jan Kowalski\n1,1,12,Mazowieckie,601 234 567\n"
        let (result, _) = try ingest(csv, codebook: codebook + "drop: [Jan Kowalski]\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("data.csv:2:20: error: header #5 holds what looks like a phone number"), "\(result.stderr)")
        #expect(!result.stderr.contains("Kowalski") && !result.stderr.contains("601"))
    }

    @Test func nameOrAddressInFreeTextRefusesTheFile() throws {
        for value in ["imię i nazwisko: Jan Kowalski", "ul. Długa 5"] {
            let (result, _) = try ingest("nr,plec,wiek,uwagi\n1,1,12,\(value)\n", codebook: codebook)
            #expect(result.status == 65 && result.stderr.contains("data.csv:2:8: error: column \"uwagi\""), "\(result.stderr)")
            #expect(!result.stderr.contains("Kowalski") && !result.stderr.contains("Długa"))
        }
    }

    @Test func controlCharacterQuarantinesTheRowWithoutItsValue() throws {
        let csv = "nr,plec,wiek,uwagi\n1,1,12,Mazowieckie\n2,2,13,\"Pomor\u{7}skie\"\n3,1,14,\"Ślą\u{1B}[2Jskie\"\n"
        let (result, db) = try ingest(csv, codebook: codebook)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("3 rows read, 1 loaded, 2 rejected"), "\(result.stdout)")
        #expect(
            result.stderr.contains(
                "data.csv:3:8: warning: row quarantined: control character (such as NUL) in the field in column \"uwagi\""))
        let rejects = try SitanProcess.run(["query", "--db", db, "--format", "csv", "SELECT line, field, reason FROM rejects"]).stdout
        #expect(rejects.contains("3,uwagi,control character (such as NUL) in the field"), "\(rejects)")
        #expect(!rejects.contains("Pomor") && !rejects.contains("[2J"))
    }

    @Test func nulByteRefusesTheWholeFileAtItsPosition() throws {
        let csv = "nr,plec,wiek,uwagi\n1,1,12,Mazowieckie\n2,2,13,\"Pomor\u{0}skie\"\n"
        let (result, _) = try ingest(csv, codebook: codebook)
        #expect(result.status == 65 && result.stderr.contains("data.csv:3:14: error: the file holds a NUL byte"), "\(result.stderr)")
        #expect(!result.stderr.contains("Pomor"))
    }

    @Test func databaseIsCreatedReadableByTheOwnerOnly() throws {
        let db = temporaryDirectory().appendingPathComponent("private.sqlite").path
        try SitanProcess.run(["init", "--db", db])
        let mode = try FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func windows1257DeclaredUTF8NamesTheLikelyEncoding() throws {
        let book = codebook.replacingOccurrences(of: "country: PL", with: "country: LV")
        let csv = "nr,plec,wiek,uwagi\n1,1,12,Rīga\n2,2,13,Liepāja\n"
        let directory = temporaryDirectory()
        let data = try #require(try iconvEncoded(csv, to: "WINDOWS-1257"))
        let file = directory.appendingPathComponent("data.csv")
        try data.write(to: file)
        let bookPath = try write(book, to: "data.codebook.yaml", in: directory)
        let result = try SitanProcess.run([
            "ingest", "--db", directory.appendingPathComponent("t.sqlite").path, file.path, "--codebook", bookPath, "--dictionary",
            dictionary,
        ])
        #expect(result.status == 65)
        #expect(
            result.stderr.contains("data.csv:2:9: error: the bytes here are not valid utf-8; the file looks like windows-1257"),
            "\(result.stderr)")
    }

    @Test func codebookErrorsNameTheCodebookLine() throws {
        let book = codebook.replacingOccurrences(
            of: "wiek: {variable: age, type: integer}", with: "wiek: {variable: age, type: integer, rnage: [1, 2]}")
        let (result, _) = try ingest("nr,plec,wiek,uwagi\n", codebook: book)
        #expect(result.status == 65)
        #expect(result.stderr.contains("data.codebook.yaml:6:40: error: unknown key \"rnage\""), "\(result.stderr)")
        let missing = codebook + "  klasa: {variable: age_group, type: text}\n"
        let (second, _) = try ingest("nr,plec,wiek,uwagi\n1,1,12,x\n", codebook: missing)
        #expect(second.stderr.contains("data.codebook.yaml:8:1: error: column \"klasa\" is mapped but is not in"), "\(second.stderr)")
    }
}
