import Foundation

/// Case numbers that caseworkers write in free text, told from identifiers by the word before
/// them.
///
/// Two narrow readings, each only for the shape a case number has and only after a word that
/// names a case:
///
/// - digit groups joined by slashes after `sprawa`, `sygn.`, `sygn. akt`, `akta`, `bylos`,
///   `byla`, `lieta`, `lietas`, `kriminālprocess` (and their forms; HTML tags around the word
///   are read through: `<b>sprawa</b> nr 26/123/456`), with `nr`, `Nr.`, `numer`
///   or `No.` between them allowed: `sprawa nr 26/123/456`, `bylos Nr. 26/123/456` are not phone
///   numbers. The word `nr` alone does not count (`nr 601/234/567`, `tel. nr 26/123/456` are
///   phones), nor do groups joined by spaces or hyphens (`sprawa nr 26 123 456`);
/// - 11 digits in one group after `kriminālprocess Nr.` (or `krimināllieta`, any case, with or
///   without diacritics): a Latvian criminal-case number, which often passes the PESEL or
///   asmens kodas rules by chance (`11220742052`), is read only as a Latvian personal code,
///   so a real old-form or new-form personas kods after those words is still refused.
///
/// - a Lithuanian pre-trial investigation number, groups of 2, 1, 5 and 2 digits joined by
///   hyphens (`01-1-12345-23`), after `ikiteisminis tyrimas`, `IT Nr.` or `byla Nr.`: not a
///   phone number with a trunk zero;
/// - a court department and repertory between `sygn. akt` and the number
///   (`sygn. akt II K 601/234/23`);
/// - `KP Nr.` (kriminālprocess) like `kriminālprocess Nr.`;
/// - 11 digits in one group starting `4000` or `5000` after `reģ. Nr.`, `reģ.nr.` or
///   `vienotais reģistrācijas Nr.`: a Latvian company registration number, which passes the
///   asmens kodas check digit with a date in 1900 or 2000 (`40003074764`); a PESEL, a Latvian
///   code or an asmens kodas that starts otherwise is still refused after those words.
///
/// Trade-off: a phone number written with slashes right after a case word
/// (`sprawa nr 601/234/567`), and a PESEL or asmens kodas right after `kriminālprocess Nr.`,
/// are missed; so are an asmens kodas of someone born in 1900 or 2000 on the same day pattern
/// (`4000…`, `5000…`) right after a registration word, and a PESEL or asmens kodas right after
/// `KP Nr.`.
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

    /// A case word, perhaps `akt` and a court department and repertory (`II K`), and a word
    /// for a number, then spaces or a colon, at the end. `IT` (ikiteisminis tyrimas) counts only
    /// with `Nr.` after it.
    private static let caseWordPattern =
        "(^|[^\\p{L}])(sprawa|sprawy|sprawie|sygn\\.?|sygnatura|akta|bylos|byla|byloje|lieta|lietas|lietā|"
        + "kriminālproces\\p{L}*|kriminalproces\\p{L}*|ikiteisminis\\s+tyrimas|ikiteisminio\\s+tyrimo|it(?=\\s*nr))"
        + "\(tags)(\\s+akt)?(\\s+[ivxlc]{1,6}\\s+\\p{L}{1,3})?\\s*(nr\\.?|no\\.?|numer|numurs)?\(tags)\\s*:?\\s*$"

    /// HTML tags around a case word or its number word (`<b>sprawa</b> nr`), read through.
    private static let tags = "(\\s*</?[a-z][^<>]{0,40}>)*"

    /// Whether a Latvian registration-number word (`reģ. Nr.`, `reģ.nr.`, `vienotais
    /// reģistrācijas Nr.`, with or without diacritics) ends right before `index`.
    static func isAfterRegistrationWord(_ field: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        textBefore(field, index).range(of: registrationWordPattern, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// A Latvian registration-number word and a word for a number, at the end.
    private static let registrationWordPattern =
        "(^|[^\\p{L}])(reģ|reg|reģistrācijas|registracijas)\\.?\\s*(nr\\.?|numurs)\\s*:?\\s*$"

    /// A Latvian criminal-case word and a word for a number, at the end.
    private static let latvianCaseWordPattern =
        "(^|[^\\p{L}])((kriminālproces|kriminalproces|krimināllie|kriminallie)\\p{L}*\\s*(nr\\.?|no\\.?|numurs)?|kp\\s*nr\\.?)"
        + "\\s*:?\\s*$"
}
