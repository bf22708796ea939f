import Foundation

/// Case numbers that caseworkers write in free text, told from identifiers by the word before
/// them.
///
/// Two narrow readings, each only for the shape a case number has and only after a word that
/// names a case:
///
/// - digit groups joined by slashes after `sprawa`, `sygn.`, `sygn. akt`, `akta`, `bylos`,
///   `byla`, `lieta`, `lietas`, `kriminālprocess` (and their forms), with `nr`, `Nr.`, `numer`
///   or `No.` between them allowed: `sprawa nr 26/123/456`, `bylos Nr. 26/123/456` are not phone
///   numbers. The word `nr` alone does not count (`nr 601/234/567`, `tel. nr 26/123/456` are
///   phones), nor do groups joined by spaces or hyphens (`sprawa nr 26 123 456`);
/// - 11 digits in one group after `kriminālprocess Nr.` (or `krimināllieta`, any case, with or
///   without diacritics): a Latvian criminal-case number, which often passes the PESEL or
///   asmens kodas rules by chance (`11220742052`), is read only as a Latvian personal code,
///   so a real old-form or new-form personas kods after those words is still refused.
///
/// Trade-off: a phone number written with slashes right after a case word
/// (`sprawa nr 601/234/567`), and a PESEL or asmens kodas right after `kriminālprocess Nr.`,
/// are missed.
extension PIIGuard {
    /// Whether a case word (see the extension's discussion) ends right before `index`.
    static func isAfterCaseWord(_ field: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        textBefore(field, index).range(of: caseWordPattern, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// Whether a Latvian criminal-case word (see the extension's discussion) ends right before
    /// `index`.
    static func isAfterLatvianCriminalCaseWord(_ field: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        textBefore(field, index).range(of: latvianCaseWordPattern, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// Up to 48 bytes before `index`, as text.
    private static func textBefore(_ field: UnsafeBufferPointer<UInt8>, _ index: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: field[max(0, index - 48)..<index]), as: UTF8.self)
    }

    /// A case word, perhaps `akt` and a word for a number, then spaces or a colon, at the end.
    private static let caseWordPattern =
        "(^|[^\\p{L}])(sprawa|sprawy|sprawie|sygn\\.?|sygnatura|akta|bylos|byla|byloje|lieta|lietas|lietā|"
        + "kriminālproces\\p{L}*|kriminalproces\\p{L}*)(\\s+akt)?\\s*(nr\\.?|no\\.?|numer|numurs)?\\s*:?\\s*$"

    /// A Latvian criminal-case word and a word for a number, at the end.
    private static let latvianCaseWordPattern =
        "(^|[^\\p{L}])(kriminālproces|kriminalproces|krimināllie|kriminallie)\\p{L}*\\s*(nr\\.?|no\\.?|numurs)?\\s*:?\\s*$"
}
