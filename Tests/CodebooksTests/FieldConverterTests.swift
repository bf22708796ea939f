import Foundation
import Testing

@testable import Codebooks

@Suite struct FieldConverterTests {
    func converter(comma: Bool) -> FieldConverter {
        FieldConverter(format: .init(dialect: .init(), decimalComma: comma, dateFormat: DateFormat("dd.MM.yyyy")!, missing: ["", "NA"]))
    }

    func bytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var copy = text
        return copy.withUTF8(body)
    }

    @Test func numbersHonourTheDecimalSeparator() {
        let comma = converter(comma: true), dot = converter(comma: false)
        #expect(bytes("12,5") { comma.number($0) } == 12.5)
        #expect(bytes("-0,125") { comma.number($0) } == -0.125)
        #expect(bytes("12.5") { comma.number($0) } == nil)  // a dot where a comma is declared is not guessed
        #expect(bytes("12.5") { dot.number($0) } == 12.5)
        #expect(bytes("1,5") { dot.number($0) } == nil)
        #expect(bytes("1e3") { dot.number($0) } == 1000)
        for bad in ["", "abc", "1 000", "12,5x", "inf", "nan"] { #expect(bytes(bad) { comma.number($0) } == nil, "\(bad)") }
    }

    @Test func integers() {
        let c = converter(comma: false)
        #expect(bytes("017") { c.integer($0) } == 17)
        #expect(bytes("-3") { c.integer($0) } == -3)
        for bad in ["", "-", "1.0", "12a"] { #expect(bytes(bad) { c.integer($0) } == nil, "\(bad)") }
        // Past 2^53 the value stops growing, however many digits follow; convert refuses it by magnitude.
        for long in ["9007199254740993", "9999999999999999999", String(repeating: "9", count: 100)] {
            #expect((bytes(long) { c.integer($0) } ?? 0) > FieldConverter.maximumExactInteger, "\(long)")
        }
        #expect(bytes("-9007199254740992") { c.integer($0) } == -FieldConverter.maximumExactInteger)
    }

    @Test func missingCodes() {
        let c = converter(comma: false)
        #expect(bytes("NA") { c.isMissing($0) } && bytes("") { c.isMissing($0) })
        #expect(!bytes("N") { c.isMissing($0) } && !bytes("NAN") { c.isMissing($0) })
    }

    @Test func datesAreChecked() {
        let format = DateFormat("dd.MM.yyyy")!
        #expect(bytes("29.02.2024") { format.parse($0) }! == (2024, 2, 29))
        #expect(bytes("1.3.2024") { format.parse($0) }! == (2024, 3, 1))
        for bad in ["29.02.2023", "31.04.2024", "00.01.2024", "12.13.2024", "12.12.24", "12-12-2024", "12.12.2024x"] {
            #expect(bytes(bad) { format.parse($0) } == nil, "\(bad)")
        }
        #expect(DateFormat("yyyy-MM-dd") != nil && DateFormat("MM/yyyy") == nil && DateFormat("dd.mm.yyyy") == nil)
        #expect(FieldConverter.iso((2024, 3, 1)) == "2024-03-01")
    }

    @Test func codeTablesMatchWholeCodesOnly() {
        var store = CodeStore()
        _ = store.add(["x": .integer(0)])
        let (first, count) = store.add(["1": .integer(1), "10": .integer(10), "": .null])
        func find(_ text: String) -> Value? { bytes(text) { store.lookup($0, first: first, count: count) }.map { store.values[$0] } }
        #expect(find("1") == .integer(1) && find("10") == .integer(10) && find("") == .null)
        #expect(find("100") == nil && find("x") == nil)
    }
}

/// A file saved with decomposed text (macOS writes `Rīga` as `Ri` + U+0304 + `ga`) holds the
/// same codes and categories as the codebook's composed ones: they were quarantined as unknown codes.
@Suite struct DecomposedTextTests {
    let converter = FieldConverter(
        format: .init(dialect: .init(), decimalComma: false, dateFormat: DateFormat("yyyy-MM-dd")!, missing: ["", "nežinau"]))

    func convert(_ text: String, _ rule: CompiledRule, _ store: CodeStore, _ sets: [Set<String>] = []) -> Value? {
        var copy = text
        return copy.withUTF8 { field in try? converter.convert(field, rule, codes: store, categorySets: sets).get() }
    }

    @Test func aDecomposedCodeMatchesItsComposedCode() {
        var store = CodeStore()
        let (first, count) = store.add(["Rīga": .text("riga"), "Kurzeme": .text("kurzeme"), "Łódź": .text("lodz")])
        #expect(count == 5, "Rīga and Łódź in two spellings each, Kurzeme in one")
        let rule = CompiledRule(kind: .codes(first: first, count: count), slot: 0, range: nil, binary: false)
        for code in ["Rīga", "Łódź"] {
            let decomposed = code.decomposedStringWithCanonicalMapping
            #expect(Array(decomposed.utf8) != Array(code.utf8))
            #expect(convert(decomposed, rule, store) == convert(code, rule, store))
            #expect(convert(decomposed, rule, store) != nil)
        }
        #expect(convert("Riga", rule, store) == nil)
    }

    @Test func decomposedTextIsStoredComposedAndMissingCodesMatchEitherForm() {
        let rule = CompiledRule(kind: .text(categories: 0), slot: 0, range: nil, binary: false)
        let decomposed = "Vidzemes priekšpilsēta".decomposedStringWithCanonicalMapping
        let value = convert(decomposed, rule, CodeStore(), [["Vidzemes priekšpilsēta"]])
        #expect(value.map { if case let .text(t) = $0 { Array(t.utf8) } else { [] } } == Array("Vidzemes priekšpilsēta".utf8))
        var copy = "nežinau".decomposedStringWithCanonicalMapping
        #expect(copy.withUTF8 { converter.isMissing($0) })
    }
}
