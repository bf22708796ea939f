import Foundation
import TestSupport
import Testing

@testable import Codebooks

func temporaryYAML(_ text: String, name: String = "cb.yaml") -> String {
    let dir = Scratch.folder("sitan-cb")
    let path = dir.appendingPathComponent(name).path
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
}

let testDictionary = VariableDictionary(variables: [
    Variable(name: "sex", type: .categorical, categories: ["male", "female"]),
    Variable(name: "age", type: .integer),
    Variable(name: "age_group", type: .categorical, categories: ["11-13", "14-17"]),
    Variable(name: "q1", type: .binary),
    Variable(name: "q2", type: .binary),
    Variable(name: "any", type: .binary),
    Variable(name: "score", type: .number),
])

let k2 = "k2: {variable: q2, codes: {\"1\": 1, \"2\": 0}}"

/// Column k2 of the test codebook with one `when:` rule.
func k2When(_ condition: String) -> String {
    "k2: {variable: q2, codes: {\"1\": 1, \"2\": 0}, when: [{if: \"\(condition)\", then: 0}]}"
}

@Suite struct CodebookTests {
    let valid = """
        source: {name: t, country: LT, kind: survey, year: 2023}
        file: {encoding: cp1257, delimiter: "\\t", decimal: ",", date_format: yyyy-MM-dd, missing: ["", "-"]}
        design: {id: nr, weight: w, strata: null, psu: mokykla}
        columns:
          lytis: {variable: sex, codes: {"1": male, "2": female, "9": null}}
          amzius: {variable: age, type: integer, range: [11, 17]}
          k1: {variable: q1, codes: {"1": 1, "2": 0}}
          k2: {variable: q2, codes: {"1": 1, "2": 0}}
          balas: {variable: score, type: number}
        derived:
          age_group: {from: age, bands: {"11-13": [11, 13], "14-17": [14, 17]}}
          any: {any_of: [q1, q2]}
        drop: [pastabos]
        safe: {mokykla: "school code from the ministry register, not a person"}
        variables:
          own_item: {type: binary, labels: {en: Own item, lt: Savas klausimas}}

        """

    @Test func loadsEverySection() throws {
        let book = try Codebook.load(path: temporaryYAML(valid), dictionary: testDictionary)
        #expect(book.source.name == "t" && book.source.country == "LT" && book.source.year == 2023)
        #expect(book.file.dialect.encoding == .windows1257 && book.file.dialect.delimiter == 9 && book.file.decimalComma)
        #expect(book.file.missing == ["", "-"])
        #expect(book.design.id == "nr" && book.design.weight == "w" && book.design.strata == nil && book.design.psu == "mokykla")
        #expect(book.columns.map(\.column) == ["lytis", "amzius", "k1", "k2", "balas"])
        #expect(book.columns[0].codes == ["1": .text("male"), "2": .text("female"), "9": .null])
        #expect(book.columns[1].range == 11...17)
        #expect(book.derived.map(\.variable) == ["age_group", "any"])
        #expect(book.drop == ["pastabos"] && book.safe.keys.sorted() == ["mokykla"])
        #expect(book.ownVariables.map(\.name) == ["own_item"] && book.dictionary["own_item"]?.labels["lt"] == "Savas klausimas")
    }

    /// `psu: [school, class]` with `fpc: [f1, f2]`: the first stage in psu/fpc, the later ones
    /// as the design columns psu2/fpc2; an fpc list of another length is refused.
    @Test func multiStageDesign() throws {
        let twoStage = valid.replacingOccurrences(
            of: "design: {id: nr, weight: w, strata: null, psu: mokykla}", with: "design: {id: nr, psu: [mokykla, klase], fpc: [n1, n2]}")
        let book = try Codebook.load(path: temporaryYAML(twoStage), dictionary: testDictionary)
        #expect(book.design.psu == "mokykla" && book.design.fpc == "n1" && book.design.weight == nil)
        #expect(book.design.laterPSUs == ["klase"] && book.design.laterFPCs == ["n2"])
        #expect(book.design.columns.map(\.role) == ["id", "psu", "fpc", "psu2", "fpc2"])
        let mismatched = valid.replacingOccurrences(
            of: "design: {id: nr, weight: w, strata: null, psu: mokykla}", with: "design: {psu: [mokykla, klase], fpc: [n1, n2, n3]}")
        #expect(throws: CodebookError.self) { try Codebook.load(path: temporaryYAML(mismatched), dictionary: testDictionary) }
    }

    /// Each broken variant must be reported at the line and column of the mistake.
    @Test(arguments: [
        ("amzius: {variable: age, type: integer, range: [11, 17]}", "amzius: {variable: age, type: integr}", 6, 33, "column type must be"),
        ("amzius: {variable: age, type: integer, range: [11, 17]}", "amzius: {variable: agee}", 6, 22, "unknown variable \"agee\""),
        (
            "amzius: {variable: age, type: integer, range: [11, 17]}", "amzius: {variable: age, range: [17, 11]}", 6, 34,
            "range minimum is above"
        ),
        (
            "k1: {variable: q1, codes: {\"1\": 1, \"2\": 0}}", "k1: {variable: q1, codes: {\"1\": 1, \"2\": 2}}", 7, 43,
            "codes map to 0, 1 or null"
        ),
        ("lytis: {variable: sex, codes", "lytis: {variable: sex, kodes", 5, 26, "unknown key \"kodes\""),
        ("country: LT", "country: EE", 1, 28, "country must be LV, LT or PL"),
        ("encoding: cp1257", "encoding: koi8-r", 2, 18, "unsupported encoding"),
        ("any: {any_of: [q1, q2]}", "any: {any_of: [q1, sex]}", 12, 17, "any_of needs binary variables"),
        ("{from: age, bands", "{from: agx, bands", 11, 21, "\"agx\" is not mapped or derived"),
        (k2, k2When("q9 == 0"), 8, 59, "the condition names \"q9\", which is not a variable"),
        (k2, k2When("any == 1"), 8, 59, "the condition names any, which no column of this codebook maps"),
        (k2, k2When("q2 missing"), 8, 59, "a condition on its own variable"),
        (k2, k2When("q1 = 0"), 8, 59, "write the condition as `variable == value`"),
        (k2, k2When("q1 == 2"), 8, 59, "\"2\" is not a value of q1 (binary)"),
        ("strata: null", "strata: mokykla", 3, 51, "already the design's strata column"),
        ("drop: [pastabos]", "drop: [pastabos, k1]", 13, 18, "mapped under `columns:` and listed under `drop:`"),
        ("own_item: {type: binary", "sex: {type: binary", 16, 3, "is in the dictionary; this codebook declares it with type binary"),
        // Text that is not a plain name is not quoted: a mistyped key or value may be a name or a number.
        (
            "amzius: {variable: age, type: integer, range: [11, 17]}", "amzius: {variable: Jan Kowalski}", 6, 22,
            "unknown variable (text not shown)"
        ),
        ("lytis: {variable: sex, codes", "lytis: {variable: sex, jan kowalski at gmail: 1, codes", 5, 26, "unknown key (text not shown)"),
        ("encoding: cp1257", "encoding: Jan Kowalski", 2, 18, "unsupported encoding (text not shown)"),
        (k2, k2When("Jan_Kowalski == 0"), 8, 59, "the condition names (text not shown), which is not a variable"),
        ("\"2\": female", "\"2\": Jan Kowalski", 5, 50, "(text not shown) is not a category of sex"),
        // A column key or a variable that reads as a name is described by its position only.
        (
            "amzius: {variable: age, type: integer, range: [11, 17]}",
            "amzius: {variable: age, type: integer, range: [11, 17]}\n  \"Anna Kowalska\": {variable: sex, type: integer}", 7, 20,
            "a column (name not shown) reads integer values but variable \"sex\" is categorical"
        ),
        ("\"2\": female", "\"2\": Kowalskiej", 5, 50, "(text not shown) is not a category of sex"),
        ("\"2\": female", "\"2\": matki_Anny", 5, 50, "(text not shown) is not a category of sex"),
        (k2, k2When("jan_kowalski == 0"), 8, 59, "the condition names (text not shown), which is not a variable"),
        (k2, k2When("dluga_5 == 0"), 8, 59, "the condition names (text not shown), which is not a variable"),
    ])
    func reportsMistakesWithTheirPosition(find: String, replace: String, line: Int, column: Int, message: String) throws {
        let path = temporaryYAML(valid.replacingOccurrences(of: find, with: replace))
        #expect {
            try Codebook.load(path: path, dictionary: testDictionary)
        } throws: { error in
            guard let error = error as? CodebookError else { return false }
            return error.line == line && error.column == column && error.message.contains(message)
        }
    }

    @Test func conditionsAndRolesThatHoldAreAccepted() throws {
        let text = valid.replacingOccurrences(of: k2, with: k2When("q1 == 0"))
            .replacingOccurrences(of: "strata: null", with: "strata: amzius")
        let book = try Codebook.load(path: temporaryYAML(text), dictionary: testDictionary)
        let rule = try #require(book.columns.first { $0.column == "k2" })
        #expect(rule.when.count == 1 && rule.when[0].variable == "q1" && rule.when[0].test == .equals(.integer(0)))
        #expect(rule.when[0].value == .integer(0) && rule.when[0].holds(for: .integer(0)) && !rule.when[0].holds(for: .null))
        #expect(book.design.strata == "amzius" && book.columns.contains { $0.column == "amzius" })
    }

    @Test func surveyRoundIsNamedOrDerivedFromCountryAndYear() throws {
        let derived = try Codebook.load(path: temporaryYAML(valid), dictionary: testDictionary)
        #expect(derived.source.survey == nil && derived.source.round == "LT-2023")
        let named = try Codebook.load(
            path: temporaryYAML(valid.replacingOccurrences(of: "year: 2023}", with: "year: 2023, survey: LT-school-2023a}")),
            dictionary: testDictionary)
        #expect(named.source.round == "LT-school-2023a")
        let noYear = try Codebook.load(
            path: temporaryYAML(valid.replacingOccurrences(of: ", year: 2023}", with: "}")), dictionary: testDictionary)
        #expect(noYear.source.round == "LT")
        for bad in ["year: 2023, survey: \"LT 2023\"}", "year: 2023, survey: \"\"}"] {
            let path = temporaryYAML(valid.replacingOccurrences(of: "year: 2023}", with: bad))
            #expect(throws: CodebookError.self) { try Codebook.load(path: path, dictionary: testDictionary) }
        }
    }

    @Test func bandsOfANonIntegerVariableAreRefusedAtTheirFrom() throws {
        let path = temporaryYAML(valid.replacingOccurrences(of: "{from: age, bands:", with: "{from: score, bands:"))
        let error = try #require(throws: CodebookError.self) { try Codebook.load(path: path, dictionary: testDictionary) }
        #expect(error.message == "bands need an integer variable; \"score\" is number")
        #expect(error.line == 11)
    }

    @Test func safeNeedsAReason() throws {
        let path = temporaryYAML(valid.replacingOccurrences(of: "\"school code from the ministry register, not a person\"", with: "ok"))
        #expect(throws: CodebookError.self) { try Codebook.load(path: path, dictionary: testDictionary) }
    }

    @Test func dictionaryLoadsLabelsAndRefusesBadNames() throws {
        let path = temporaryYAML(
            """
            variables:
              sex:
                type: categorical
                categories: [male, female]
                labels: {en: Sex, lv: Dzimums, lt: Lytis, pl: Płeć}
                category_labels: {female: {en: Female, pl: Kobieta}}
            """)
        let dictionary = try VariableDictionary.load(path: path)
        #expect(dictionary["sex"]?.labels["pl"] == "Płeć" && dictionary["sex"]?.categoryLabels["female"]?["pl"] == "Kobieta")
        let bad = temporaryYAML("variables:\n  Sex: {type: binary}\n")
        #expect(throws: CodebookError.self) { try VariableDictionary.load(path: bad) }
    }
}
