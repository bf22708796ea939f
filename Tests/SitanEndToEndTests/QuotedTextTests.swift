import Foundation
import TestSupport
import Testing

/// Messages quote text read from a header, a codebook, a dictionary or the data only when it is
/// code-like; anything else is described by position, on stderr, in `rejects` and in a draft.
@Suite struct QuotedTextTests {
    let refusal = RefusalTests()

    /// Codes of a codebook that are names are not listed in the reason an unknown code gives.
    @Test func unknownCodeReasonListsOnlyPlainCodes() throws {
        let book = refusal.codebook.replacingOccurrences(
            of: "codes: {\"1\": male, \"2\": female}",
            with: "codes: {\"1\": male, \"2\": female, \"Anna Kowalska\": female, \"Jonas Petraitis\": male, \"Brīvības 12\": female}")
        let (result, db) = try refusal.ingest("nr,plec,wiek,uwagi\n1,1,12,Mazowieckie\n2,7,13,Pomorskie\n", codebook: book)
        #expect(result.status == 0, "\(result.stderr)")
        let rejects = try SitanProcess.run(["rejects", "--db", db])
        let stored = try SitanProcess.run(["query", "--db", db, "--format", "csv", "SELECT field, reason FROM rejects"]).stdout
        #expect(stored.contains("plec,\"unknown code (the codebook expects \"\"1\"\", \"\"2\"\" and 3 more not shown)\""), "\(stored)")
        for name in ["Anna Kowalska", "Jonas Petraitis", "Brīvības 12"] {
            #expect(!result.stderr.contains(name) && !rejects.stdout.contains(name) && !stored.contains(name))
        }
    }

    /// A surname, an inflected name or a kinship word with a name as a header or a category.
    @Test(arguments: [
        "Pawlak", "Jansone", "Vaitkutė", "Kowalskiej", "Lewandowskiego", "Bērziņam", "Petraičio", "Kazlauskienės", "Petraitienę",
        "brāļa_Jāņa", "matki_Anny", "sprawcy_Jana", "jan_kowalski", "dluga_5",
    ])
    func nameIsNotQuoted(name: String) throws {
        let (header, _) = try refusal.ingest("nr,plec,wiek,uwagi,\(name)\n1,1,12,Mazowieckie,x\n", codebook: refusal.codebook)
        #expect(header.status == 65 && header.stderr.contains("data.csv:1:20: error: header #5 is not in the codebook"))
        let category = refusal.codebook.replacingOccurrences(of: "\"2\": female", with: "\"2\": \"\(name)\"")
        let (code, _) = try refusal.ingest("nr,plec,wiek,uwagi\n1,1,12,Mazowieckie\n", codebook: category)
        #expect(code.status == 65 && code.stderr.contains("(text not shown) is not a category of sex (male, female)"), "\(code.stderr)")
        let key = refusal.codebook + "  \"\(name)\": {variable: sex, type: integer}\n"
        let (column, _) = try refusal.ingest("nr,plec,wiek,uwagi\n1,1,12,Mazowieckie\n", codebook: key)
        #expect(column.status == 65 && column.stderr.contains("a column (name not shown) reads integer values"), "\(column.stderr)")
        for output in [header, code, column] { #expect(!output.stderr.contains(name), "\(output.stderr)") }
    }

    /// Names in free text after roles, forms of address and initials, and handles, are refused.
    @Test(arguments: [
        "ofiara Anna Kowalska", "matki Anny Kowalskiej", "matka:Anna Kowalska", "Pani Anna Kowalska", "matka A. Kowalska",
        "facebook.com/jonas.petraitis.75", "Instagram @ieva_petraityte2011", "Skype: jonas.petraitis85",
    ])
    func nameOrHandleInFreeTextIsRefused(note: String) throws {
        let (result, db) = try refusal.ingest("nr,plec,wiek,uwagi\n1,1,12,Mazowieckie\n2,2,13,\"\(note)\"\n", codebook: refusal.codebook)
        #expect(result.status == 65 && result.stderr.contains("data.csv:3:8: error: column \"uwagi\" holds what looks like a"))
        #expect(!result.stderr.contains(note))
        #expect(try refusal.loadedRows(db).contains("0/0"))
    }

    /// A draft codebook lists only the plain values of a column.
    @Test func draftShowsOnlyPlainValues() throws {
        let directory = temporaryDirectory()
        let file = try write("nr,plec,prowadzacy\n1,1,Anna Kowalska\n2,2,Jonas Petraitis\n3,1,Pawlak\n", to: "d.csv", in: directory)
        let dictionary = refusal.fixture.appendingPathComponent("variables.yaml").path
        let draft = try SitanProcess.run(["codebook", "draft", file, "--dictionary", dictionary])
        #expect(draft.status == 0 && draft.stdout.contains("values: … (3 not shown: not plain codes)"), "\(draft.stdout)")
        for name in ["Pawlak", "Kowalska", "Petraitis"] { #expect(!draft.stdout.contains(name)) }
    }
}
