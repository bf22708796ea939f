import Foundation
import TestSupport
import Testing

@testable import CSVReading

/// Writes `bytes` to a temporary file and returns its path.
func temporaryFile(_ bytes: [UInt8], name: String = "t.csv") -> String {
    let dir = Scratch.folder("sitan-csv")
    let url = dir.appendingPathComponent(name)
    _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
    return url.path
}

struct ReadRecord: Equatable {
    var line: Int
    var fields: [String]
    var malformed: Bool
}

func readAll(_ path: String, _ dialect: CSVDialect) throws -> [ReadRecord] {
    var out: [ReadRecord] = []
    let reader = CSVReader(path: path, dialect: dialect)
    try reader.forEachRecord { record in
        out.append(ReadRecord(line: record.line, fields: record.strings, malformed: record.malformedAt != nil))
    }
    return out
}

@Suite struct CSVReaderTests {
    let expected = [["vārds", "vecums", "piezīme"], ["Ģirts", "12", "a;b"], ["Žaneta", "14", "x"]]

    @Test func sameRowsInEveryDialect() throws {
        let text = "vārds;vecums;piezīme\nĢirts;12;\"a;b\"\nŽaneta;14;x\n"
        let variants: [(String, CSVDialect, [UInt8])] = [
            ("utf8", CSVDialect(delimiter: UInt8(ascii: ";")), Array(text.utf8)),
            ("bom", CSVDialect(delimiter: UInt8(ascii: ";")), [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
            ("crlf", CSVDialect(delimiter: UInt8(ascii: ";")), Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            (
                "comma", CSVDialect(),
                Array(text.replacingOccurrences(of: ";", with: ",").replacingOccurrences(of: "\"a,b\"", with: "\"a;b\"").utf8)
            ),
            (
                "tab", CSVDialect(delimiter: 9),
                Array(text.replacingOccurrences(of: ";", with: "\t").replacingOccurrences(of: "\"a\tb\"", with: "\"a;b\"").utf8)
            ),
            ("cp1257", CSVDialect(encoding: .windows1257, delimiter: UInt8(ascii: ";")), try encode(text, "WINDOWS-1257")),
            ("latin7", CSVDialect(encoding: .iso885913, delimiter: UInt8(ascii: ";")), try encode(text, "ISO-8859-13")),
        ]
        for (name, dialect, bytes) in variants {
            let rows = try readAll(temporaryFile(bytes), dialect)
            #expect(rows.map(\.fields) == expected, "\(name)")
            #expect(rows.map(\.line) == [1, 2, 3], "\(name)")
        }
    }

    @Test func polishCodePages() throws {
        let text = "imię,płeć\nŁucja,kobieta\n"
        for (encoding, name) in [(TextEncoding.windows1250, "WINDOWS-1250"), (.iso88592, "ISO-8859-2")] {
            let rows = try readAll(temporaryFile(try encode(text, name)), CSVDialect(encoding: encoding))
            #expect(rows.map(\.fields) == [["imię", "płeć"], ["Łucja", "kobieta"]])
        }
    }

    @Test func lastRecordWithoutNewlineAndQuotedLineBreak() throws {
        let rows = try readAll(temporaryFile(Array("a,b\n1,\"x\ny\"\n2,z".utf8)), CSVDialect())
        #expect(
            rows == [
                ReadRecord(line: 1, fields: ["a", "b"], malformed: false),
                ReadRecord(line: 2, fields: ["1", "x\ny"], malformed: false),
                ReadRecord(line: 4, fields: ["2", "z"], malformed: false),
            ])
    }

    @Test func malformedQuoteIsDeliveredAndReadingGoesOn() throws {
        let rows = try readAll(temporaryFile(Array("a,b\n1,\"x\"y\n2,z\n".utf8)), CSVDialect())
        #expect(rows.count == 3)
        #expect(rows[1].line == 2 && rows[1].malformed)
        #expect(rows[2] == ReadRecord(line: 3, fields: ["2", "z"], malformed: false))
    }

    @Test func unterminatedQuoteOnTheLastLineIsMalformed() throws {
        for text in ["a,b\n1,\"x", "a,b\r\n1,\"x\r\n"] {
            let rows = try readAll(temporaryFile(Array(text.utf8)), CSVDialect())
            #expect(rows.count == 2)
            #expect(rows[1].malformed && rows[1].line == 2)
        }
    }

    /// A quote never closed in the last field of the file is reported where it opens, with or
    /// without a line break at the end, never on a line past the end of the file.
    @Test(arguments: ["a,b\n1,\"x", "a,b\n1,\"x\n", "a,b\r\n1,\"x\r\n", "a,b\r1,\"x\r", "a,b\n1,\"x\"\"\n", "a,b\n1,\""])
    func quoteNeverClosedInTheLastFieldIsReportedWhereItOpens(text: String) throws {
        var positions: [(Int, Int)] = []
        try CSVReader(path: temporaryFile(Array(text.utf8)), dialect: CSVDialect()).forEachRecord { record in
            if let at = record.malformedAt { positions.append(at) }
        }
        #expect(positions.count == 1 && positions.first?.0 == 2 && positions.first?.1 == 3)
    }

    /// A quote never closed would make the rows after it one quarantined field: they would be
    /// lost with exit 0, and rows read would no longer be the file's rows.
    @Test func aQuoteNeverClosedOverLaterLinesRefusesTheFile() throws {
        let refused = { (text: String) -> CSVReadingError? in
            do { _ = try readAll(temporaryFile(Array(text.utf8)), CSVDialect(delimiter: UInt8(ascii: ";"))) } catch let error
                as CSVReadingError
            {
                return error
            } catch {}
            return nil
        }
        guard case let .unclosedQuote(_, 2, 3, through)? = refused("a;b\r\n1;\"x\r\n2;z\r\n3;w\r\n") else {
            Issue.record("a quote never closed before the last line was not refused at its start")
            return
        }
        #expect(through == 4)
        // The same far from the end: the field limit is reached, and the quote is blamed.
        let rows = String(repeating: "2;zzzzzzzzzzzzzzzz\n", count: CSVReader.maximumFieldBytes / 18 + 10)
        guard case let .unclosedQuote(_, line, column, through)? = refused("a;b\n1;1\n7;\"x\n" + rows) else {
            Issue.record("a quote never closed far from the end was not blamed")
            return
        }
        #expect(line == 3 && column == 3 && through > 3)
    }

    @Test func fieldPositions() throws {
        var positions: [(Int, Int)] = []
        try CSVReader(path: temporaryFile(Array("a,bb,ccc\n1,\"2,2\",3\n".utf8)), dialect: CSVDialect()).forEachRecord {
            positions.append($0.position(of: 2))
        }
        #expect(positions.map(\.0) == [1, 2] && positions.map(\.1) == [6, 9])
    }

    @Test func cp1257DeclaredUTF8IsRefusedWithLikelyEncoding() throws {
        let bytes = try encode("vārds;vecums\nĢirts;12\n", "WINDOWS-1257")
        #expect {
            try readAll(temporaryFile(bytes), CSVDialect(delimiter: UInt8(ascii: ";")))
        } throws: { error in
            guard case let .wrongEncoding(_, line, column, _, likely)? = error as? CSVReadingError else { return false }
            return line == 1 && column == 2 && likely == .windows1257
        }
    }

    @Test func utf8DeclaredAsCodePageIsRefused() throws {
        #expect(throws: CSVReadingError.self) {
            try readAll(temporaryFile(Array("vārds\nĢirts\n".utf8)), CSVDialect(encoding: .windows1257))
        }
    }

    @Test func utf8SplitAcrossChunksIsKept() throws {
        var text = "x\n"
        while text.utf8.count < CSVReader.chunkSize + 10 { text += "ā\n" }
        let rows = try readAll(temporaryFile(Array(text.utf8)), CSVDialect())
        #expect(rows.allSatisfy { $0.fields == ["ā"] || $0.fields == ["x"] })
        #expect(rows.count == text.filter { $0 == "\n" }.count)
    }
}

func encode(_ text: String, _ iconvName: String) throws -> [UInt8] {
    [UInt8](try iconvEncoded(text, to: iconvName) ?? Data())
}

/// Line ends and code-page checks that must hold anywhere in a file, not only in its first chunk.
@Suite struct CSVReaderLineEndAndCodePageTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEndGivesTheSameLines(_ end: String) throws {
        let text = ["a;b", "1;\"x\(end)y\"", "2;z", "3;w"].joined(separator: end) + end
        let rows = try readAll(temporaryFile(Array(text.utf8)), CSVDialect(delimiter: UInt8(ascii: ";")))
        #expect(rows.map(\.line) == [1, 2, 4, 5])
        #expect(rows[1].fields == ["1", "x\(end)y"])
    }

    @Test func loneCarriageReturnAtAChunkBoundaryIsOneLineBreak() throws {
        // Line 1 ends exactly at the 1 MiB chunk end with CR; the next chunk starts with LF (CRLF)
        // in one file and with the next record (lone CR) in the other.
        let header = "a;b\r"
        for second in ["\n", ""] {
            // The record's final CR is the last byte of the first chunk.
            let filler = String(repeating: "x", count: CSVReader.chunkSize - header.utf8.count - second.utf8.count - 3)
            let text = header + second + "1;" + filler + "\r" + second + "2;y" + "\r" + second
            let rows = try readAll(temporaryFile(Array(text.utf8)), CSVDialect(delimiter: UInt8(ascii: ";")))
            #expect(rows.map(\.line) == [1, 2, 3], "\(second.isEmpty ? "CR" : "CRLF")")
            #expect(Array(text.utf8)[CSVReader.chunkSize - 1] == 0x0D)
            #expect(rows.last?.fields == ["2", "y"])
        }
    }

    @Test func utf8TextAfterTheFirstChunkOfACodePageFileIsRefusedWithItsPosition() throws {
        let header = try encode("vārds;piezīme\n", "WINDOWS-1257")
        var bytes = header
        let row = try encode("Ģirts;labi\n", "WINDOWS-1257")
        while bytes.count < CSVReader.chunkSize + 1000 { bytes += row }
        let lines = bytes.filter { $0 == 0x0A }.count
        bytes += Array("Rīga;x\n".utf8)  // UTF-8 letters in a file declared windows-1257
        let path = temporaryFile(bytes)
        #expect {
            try readAll(path, CSVDialect(encoding: .windows1257, delimiter: UInt8(ascii: ";")))
        } throws: { error in
            guard case let .looksLikeUTF8(_, _, line, column)? = error as? CSVReadingError else { return false }
            return line == lines + 1 && column == 2
        }
    }

    /// The position of a byte not valid in the declared code page, several chunks into the
    /// file and after a CRLF split across a chunk boundary, is found by reading the file again
    /// a chunk at a time (not by loading it whole).
    @Test func anInvalidByteFarIntoTheFileIsRefusedAtItsPosition() throws {
        let header = try encode("vārds;piezīme\r\n", "WINDOWS-1257")
        // Line 2 ends with CR as the first chunk's last byte and LF as the second chunk's first.
        let filler = Array(repeating: UInt8(ascii: "x"), count: CSVReader.chunkSize + 1 - header.count - 4)
        var bytes = header + Array("1;".utf8) + filler + Array("\r\n".utf8)
        #expect(bytes[CSVReader.chunkSize - 1] == 0x0D && bytes[CSVReader.chunkSize] == 0x0A)
        let row = try encode("Ģirts;labi\r\n", "WINDOWS-1257")
        while bytes.count < 2 * CSVReader.chunkSize + 5000 { bytes += row }
        let lines = bytes.filter { $0 == 0x0A }.count
        bytes += try encode("Rīga;ab", "WINDOWS-1257") + [0x98] + Array("c\r\n".utf8)  // 0x98 is not a windows-1257 character
        #expect {
            try readAll(temporaryFile(bytes), CSVDialect(encoding: .windows1257, delimiter: UInt8(ascii: ";")))
        } throws: { error in
            guard case let .wrongEncoding(_, line, column, _, _)? = error as? CSVReadingError else { return false }
            return line == lines + 1 && column == 8
        }
    }

    @Test func windows1250BytesDeclaredAsISO88592AreRefused() throws {
        // In Windows-1250 ś is 0x9C and „ is 0x84; in ISO-8859-2 these are C1 control characters.
        let bytes = Array("imie\n".utf8) + [0x9C, 0x77, 0x69, 0x61, 0x74, 0x0A]
        #expect {
            try readAll(temporaryFile(bytes), CSVDialect(encoding: .iso88592))
        } throws: { error in
            guard case let .wrongEncoding(_, line, column, _, likely)? = error as? CSVReadingError else { return false }
            return line == 2 && column == 1 && likely == .windows1250
        }
        // The same bytes read as Windows-1250 are fine.
        #expect(try readAll(temporaryFile(bytes), CSVDialect(encoding: .windows1250)).last?.fields == ["świat"])
    }

    @Test func codePageTextWithSymbolsIsNotMistakenForUTF8() throws {
        // Letters followed by quotes; `Ć»` is C3 BB in Windows-1257, valid UTF-8 for `û`,
        // which none of the three languages uses, so it is not taken for UTF-8.
        let text = "vārds;piezīme\nŠ„Ž”;Ē«Ć»\n"
        for (encoding, name) in [(TextEncoding.windows1257, "WINDOWS-1257"), (.iso885913, "ISO-8859-13")] {
            let bytes = try encode(text, name)
            let rows = try readAll(temporaryFile(bytes), CSVDialect(encoding: encoding, delimiter: UInt8(ascii: ";")))
            #expect(rows.last?.fields == ["Š„Ž”", "Ē«Ć»"], "\(name)")
        }
    }
}

/// Bytes a text file must not hold, and headers too wide to scan once per column.
@Suite struct CSVReaderHostileTests {
    func refusal(_ bytes: [UInt8], _ dialect: CSVDialect = CSVDialect()) -> CSVReadingError? {
        do { _ = try readAll(temporaryFile(bytes), dialect) } catch let error as CSVReadingError { return error } catch {}
        return nil
    }

    @Test func aNULByteIsRefusedWithItsPosition() {
        let error = refusal(Array("a,b\n1,x".utf8) + [0] + Array("y\n".utf8))
        guard case let .forbiddenByte(_, line, column, byteOrderMark)? = error else {
            Issue.record("not refused: \(String(describing: error))")
            return
        }
        #expect(line == 2 && column == 4 && !byteOrderMark)
        // The same in a code page, where NUL is NUL too.
        #expect(refusal([0x61, 0x0A, 0x00, 0x0A], CSVDialect(encoding: .windows1257)) != nil)
    }

    @Test func aByteOrderMarkAfterTheStartIsRefused() throws {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        guard case let .forbiddenByte(_, line, column, true)? = refusal(Array("a,b\n1,R".utf8) + mark + Array("iga\n".utf8)) else {
            Issue.record("a mark inside a field was not refused")
            return
        }
        #expect(line == 2 && column == 4)
        // At the start it is the file's own mark and is dropped.
        #expect(try readAll(temporaryFile(mark + Array("a,b\n1,2\n".utf8)), CSVDialect()).map(\.fields) == [["a", "b"], ["1", "2"]])
        // Straddling the 1 MiB chunk boundary.
        let filler = Array(repeating: UInt8(ascii: "x"), count: CSVReader.chunkSize - 3)
        let straddling = Array("a\n".utf8) + filler + mark + Array("\n".utf8)
        #expect(refusal(straddling) != nil)
    }

    @Test func fortyThousandColumnsAreReadInLinearTime() throws {
        let header = (0..<40_000).map { "c\($0)" }.joined(separator: ",")
        let path = temporaryFile(Array((header + "\n").utf8))
        let start = Date()
        var columns: [Int] = []
        try CSVReader(path: path, dialect: CSVDialect()).forEachRecord { record in
            columns = (0..<record.count).map { record.position(of: $0).column }
        }
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(columns.count == 40_000 && columns[0] == 1 && columns[1] == 4 && columns[39_999] == header.utf8.count - 5)
    }

    @Test func fieldsRowsAndHeadersPastTheLimitsAreRefusedWithTheirPosition() throws {
        func limit(_ bytes: [UInt8]) -> CSVReadingError? {
            do { try CSVReader(path: temporaryFile(bytes), dialect: CSVDialect()).forEachRecord { _ in } } catch let error
                as CSVReadingError
            {
                return error
            } catch { return nil }
            return nil
        }
        let field = Array(repeating: UInt8(ascii: "x"), count: CSVReader.maximumFieldBytes)
        #expect(limit(Array("a,b\n1,".utf8) + field + Array("\n".utf8)) == nil, "a field of exactly the limit is read")
        guard case let .limitExceeded(_, line, column, _)? = limit(Array("a,b\n1,\"".utf8) + field + Array("x\"\n".utf8)) else {
            Issue.record("a field one byte past the limit was read")
            return
        }
        #expect(line == 2 && column == 3)
        // A row of fields each under the limit, together past the row limit.
        let row = Array(repeating: field.dropLast(1) + [UInt8(ascii: ",")], count: CSVReader.maximumRowBytes / field.count + 1).joined()
        guard case let .limitExceeded(_, rowLine, rowColumn, _)? = limit(Array("a\n".utf8) + row + Array("\n".utf8)) else {
            Issue.record("a row past the limit was read")
            return
        }
        #expect(rowLine == 2 && rowColumn == 1)
        let header = Array(repeating: "c", count: CSVReader.maximumColumns).joined(separator: ",")
        #expect(limit(Array((header + "\n").utf8)) == nil, "a header of exactly the limit is read")
        #expect(limit(Array((header + ",c\n").utf8)) != nil)
    }
}

@Suite struct CSVReaderRawBytesTests {
    /// The raw chunks handed out while parsing are the file, byte for byte and in order (a
    /// digest computed from them is the file's), also across chunk boundaries and in a code page.
    @Test(arguments: [1, 2 * CSVReader.chunkSize / 15 + 7])
    func everyRawByteIsPassedOnceInOrder(rows: Int) throws {
        let row: [UInt8] = Array("1;Ryga;".utf8) + [0xB9, 0xEA] + Array(";3,5\r\n".utf8)  // "ąę" in Windows-1250
        let bytes = Array("id;town;w\n".utf8) + Array([[UInt8]](repeating: row, count: rows).joined())
        let path = temporaryFile(bytes)
        let reader = CSVReader(path: path, dialect: CSVDialect(encoding: .windows1250, delimiter: UInt8(ascii: ";")))
        var seen: [UInt8] = []
        var records = 0
        reader.onBytes = { seen.append(contentsOf: $0) }
        try reader.forEachRecord { _ in records += 1 }
        #expect(seen == bytes)
        #expect(records == rows + 1)
    }
}
