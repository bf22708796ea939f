/// How a CSV file is written: encoding, delimiter and quote character.
package struct CSVDialect: Sendable, Equatable {
    package var encoding: TextEncoding
    package var delimiter: UInt8
    package var quote: UInt8

    package init(encoding: TextEncoding = .utf8, delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\"")) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.quote = quote
    }
}
