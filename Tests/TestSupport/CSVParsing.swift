/// A strict CSV parser for the tests (RFC 4180 with LF line ends): fails on a bare quote inside
/// an unquoted field or an unterminated quoted field, so that what the renderer writes is read
/// back the way R's `read.csv` and Python's `csv` read it.
public enum CSVParsing {
    public struct Malformed: Error, CustomStringConvertible {
        public var description: String
    }

    public static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var wasQuoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append(scalars.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty, !wasQuoted else { throw Malformed(description: "quote inside a field: \(field)") }
                quoted = true
                wasQuoted = true
            case ",":
                record.append(field)
                (field, wasQuoted) = ("", false)
            case "\n":
                record.append(field)
                records.append(record)
                (record, field, wasQuoted) = ([], "", false)
            case "\r":
                throw Malformed(description: "carriage return outside quotes")
            default:
                guard !wasQuoted else { throw Malformed(description: "text after a closing quote") }
                field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted else { throw Malformed(description: "unterminated quoted field") }
        guard field.isEmpty, record.isEmpty else { throw Malformed(description: "no line end after the last record") }
        return records
    }
}
