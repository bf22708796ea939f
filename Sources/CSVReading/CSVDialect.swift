/// How a CSV file is written: encoding, delimiter and quote character.
public struct CSVDialect: Sendable, Equatable {
    public var encoding: TextEncoding
    public var delimiter: UInt8
    public var quote: UInt8

    public init(encoding: TextEncoding = .utf8, delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\"")) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.quote = quote
    }
}
