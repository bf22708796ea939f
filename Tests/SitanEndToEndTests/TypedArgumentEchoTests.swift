import Foundation
import Testing

/// A name, an e-mail address or a phone number typed where a variable, an option's value or a
/// source belongs is not echoed: the message says what was wrong and where to look.
@Suite struct TypedArgumentEchoTests {
    static let typed = ["Anna Kowalska", "jan.kowalski@wp.pl", "601 234 567", "dorota", "szymon_k"]

    func database() throws -> String {
        let db = temporaryDirectory().appendingPathComponent("t.sqlite").path
        #expect(try SitanProcess.run(["init", "--db", db]).status == 0)
        return db
    }

    @Test(arguments: typed)
    func argumentsAreDescribedNotEchoed(text: String) throws {
        let db = try database()
        let cases: [([String], String)] = [
            (["estimate", "--db", db, text], "error: unknown variable (as typed; not shown); `sitan variables` lists"),
            (["rates", "--db", db, "--by", text], "error: --by (as typed; not shown): expected a comma-separated list"),
            (["remove", "--db", db, text], "error: no source or file named (as typed; not shown) in the database; `sitan sources`"),
            (["model", "--db", db, "\(text) ~ age"], "error: "),
            (
                ["estimate", "--db", db, "age", "--format", text],
                "error: the value (as typed; not shown) is invalid for '--format <format>'"
            ),
            (
                ["estimate", "--db", db, "age", "--lonely-psu", text],
                "error: the value (as typed; not shown) is invalid for '--lonely-psu <rule>'"
            ),
            (["estimate", "--db", db, "age", text], "error: unexpected argument (as typed; not shown)"),
        ]
        for (arguments, message) in cases {
            let result = try SitanProcess.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains(text) && !result.stdout.contains(text), "\(arguments)")
        }
    }

    @Test func plainArgumentsAreStillQuoted() throws {
        let db = try database()
        let unknown = try SitanProcess.run(["estimate", "--db", db, "csa_contact_lifetme"])
        #expect(unknown.stderr.hasPrefix("error: unknown variable \"csa_contact_lifetme\""), "\(unknown.stderr)")
        let format = try SitanProcess.run(["estimate", "--db", db, "age", "--format", "jsn"])
        #expect(format.stderr.hasPrefix("error: the value 'jsn' is invalid for '--format <format>'"), "\(format.stderr)")
    }
}
