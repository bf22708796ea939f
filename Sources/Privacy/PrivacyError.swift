/// Errors of the Privacy module.
///
/// No case carries a field value: only where it was found and what it looks like.
public enum PrivacyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A field looks like a direct identifier.
    ///
    /// - `column`: the column's header name; `row`: the 1-based data row.
    case identifierFound(kind: IdentifierKind, column: String, row: Int)

    public var description: String {
        switch self {
        case let .identifierFound(kind, column, row):
            "row \(row), column \"\(column)\": the value looks like \(kind.description); "
                + "the file is refused (the value is not shown). Remove the identifier at the "
                + "source, or drop the column in the codebook."
        }
    }
}
