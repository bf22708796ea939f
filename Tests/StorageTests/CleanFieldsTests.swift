import Testing

@testable import Storage

/// The table of fields the identifier guard found clean holds exactly the fields put in it:
/// a field that differs in one byte, in length only, or in a trailing zero byte is not taken
/// for one found clean.
@Suite struct CleanFieldsTests {
    private func key(_ bytes: [UInt8]) -> CleanFields.Key { bytes.withUnsafeBufferPointer { CleanFields.key($0) } }

    @Test func holdsOnlyTheFieldsPutIn() {
        let table = CleanFields()
        defer { table.deallocate() }
        let date = Array("11.10.2018".utf8)
        #expect(!table.contains(key(date)))
        table.insert(key(date))
        #expect(table.contains(key(date)))
        #expect(!table.contains(key(Array("11.10.2019".utf8))))
        #expect(!table.contains(key(date + [0])))
        #expect(!table.contains(key(Array(date.dropLast()))))
        let long = Array("0123456789abcdef".utf8)
        table.insert(key(long))
        #expect(table.contains(key(long)))
        #expect(!table.contains(key(Array("0123456789abcdeF".utf8))))
        #expect(!table.contains(key(Array("1123456789abcdef".utf8))))
    }

    @Test func aNewerFieldTakesItsSlotWithoutAnsweringForTheOlder() {
        let table = CleanFields()
        defer { table.deallocate() }
        let fields = (0..<(4 * CleanFields.slots)).map { Array("field-\($0)".utf8) }
        for field in fields { table.insert(key(field)) }
        #expect(table.contains(key(fields.last!)))
        let held = fields.filter { table.contains(key($0)) }.count
        #expect(held <= CleanFields.slots)
    }
}
