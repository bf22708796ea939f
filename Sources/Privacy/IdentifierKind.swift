/// The kind of direct identifier the ``PIIGuard`` found in a field.
///
/// A kind never carries the value it was found in: errors and messages built
/// from it can name the column, the row and the kind, and nothing else.
package enum IdentifierKind: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A Polish PESEL with a valid check digit and a valid encoded birth date.
    case polishPESEL
    /// A Lithuanian asmens kodas with a valid check digit and birth date.
    case lithuanianPersonalCode
    /// A Latvian personas kods of the form DDMMYY-CNNNK with a valid date and check digit.
    case latvianPersonalCode
    /// A Latvian personas kods of the form issued since July 2017 (3, then 2–9, 11 digits).
    case latvianPersonalCodeWithoutBirthDate
    /// An e-mail address (local@domain.tld).
    case emailAddress
    /// A phone number written with a leading + or 00, grouped, or as a bare national mobile number.
    case phoneNumber
    /// A person's name: a column named for names, or capitalised words after such a word.
    case personName
    /// A street address with a house number, or a column named for addresses.
    case streetAddress
    /// A column named for dates of birth.
    case birthDate
    /// An international bank account number (IBAN) with a valid ISO 13616 check.
    case bankAccount
    /// A social-media profile address or a handle after a network's name
    /// (`facebook.com/jonas.petraitis.75`, `Instagram @ieva_petraityte2011`).
    case socialMediaHandle

    /// A human description for diagnostics, e.g. "a valid Polish PESEL".
    package var description: String {
        switch self {
        case .polishPESEL: "a valid Polish PESEL"
        case .lithuanianPersonalCode: "a valid Lithuanian personal code (asmens kodas)"
        case .latvianPersonalCode: "a valid Latvian personal code (personas kods, DDMMYY-CNNNK)"
        case .latvianPersonalCodeWithoutBirthDate:
            "a Latvian personal code of the form issued since July 2017 (personas kods 3x)"
        case .emailAddress: "an e-mail address"
        case .phoneNumber: "a phone number"
        case .personName: "a person's name"
        case .streetAddress: "a street address"
        case .birthDate: "a date of birth"
        case .bankAccount: "a bank account number (IBAN)"
        case .socialMediaHandle: "a social-media profile or handle"
        }
    }
}

/// Which identifier checks a ``PIIGuard`` runs.
///
/// The default is ``all``. ``barePhoneNumbers`` is the check most prone to false
/// positives (a 9-digit serial number starting 50–88 looks like a Polish mobile
/// number); a caller may switch it off for a column the codebook declares as a
/// pseudonymous record number, and for nothing else.
package struct IdentifierChecks: OptionSet, Sendable, Hashable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    /// PESEL, asmens kodas and both forms of personas kods.
    package static let personalCodes = IdentifierChecks(rawValue: 1 << 0)
    /// E-mail addresses.
    package static let emailAddresses = IdentifierChecks(rawValue: 1 << 1)
    /// Phone numbers written as phone numbers (leading + or 00, or grouped digits).
    package static let formattedPhoneNumbers = IdentifierChecks(rawValue: 1 << 2)
    /// Bare digit strings of an exact national length with a mobile prefix.
    package static let barePhoneNumbers = IdentifierChecks(rawValue: 1 << 3)
    /// Capitalised names after a word such as `vārds` or `imię`, and street addresses with a
    /// house number, in free text.
    package static let namesAndAddresses = IdentifierChecks(rawValue: 1 << 4)
    /// International bank account numbers (IBAN) that pass the ISO 13616 check.
    package static let bankAccounts = IdentifierChecks(rawValue: 1 << 5)
    /// Every check.
    package static let all: IdentifierChecks = [
        .personalCodes, .emailAddresses, .formattedPhoneNumbers, .barePhoneNumbers, .namesAndAddresses, .bankAccounts,
    ]
}
