import Testing

@testable import Codebooks

/// Design entries (weight, strata, psu, fpc, ...) are reported at their line and column, like
/// every other entry of a codebook.
@Suite struct DesignPositionTests {
    let text = """
        source: {name: t, country: LT, kind: survey, year: 2023}
        design:
          weight: w
          psu: [mokykla, klase]
        columns:
          lytis: {variable: sex, codes: {"1": male, "2": female}}

        """

    @Test func eachDesignColumnHasThePositionOfItsEntry() throws {
        let book = try Codebook.load(path: temporaryYAML(text), dictionary: testDictionary)
        let positions = book.design.positions.mapValues { [$0.line, $0.column] }
        #expect(positions == ["weight": [3, 11], "psu": [4, 9], "psu2": [4, 18]])
    }

    @Test(arguments: [
        (["lytis", "mokykla", "klase"], "design weight column \"w\" is not in lt.csv's header", 3, 11),
        (["lytis", "w", "mokykla"], "design psu2 column \"klase\" is not in lt.csv's header", 4, 18),
    ])
    func aDesignColumnMissingFromTheHeaderIsReportedInTheCodebook(header: [String], message: String, line: Int, column: Int) throws {
        let path = temporaryYAML(text)
        let book = try Codebook.load(path: path, dictionary: testDictionary)
        #expect(throws: IngestFileError(file: path, line: line, column: column, message)) {
            try RowMapper(codebook: book, header: header, file: "lt.csv")
        }
    }

    @Test func aColumnWithTwoDesignRolesIsReportedAtTheStageThatRepeatsIt() throws {
        let twice = text.replacingOccurrences(of: "psu: [mokykla, klase]", with: "psu: [mokykla, w]")
        let path = temporaryYAML(twice)
        #expect {
            try Codebook.load(path: path, dictionary: testDictionary)
        } throws: { error in
            guard let error = error as? CodebookError else { return false }
            return error.line == 4 && error.column == 18 && error.message.contains("already the design's weight column")
        }
    }
}
