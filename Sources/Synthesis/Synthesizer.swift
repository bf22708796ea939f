import Foundation

/// What `sitan synth` asks for.
package struct SynthesisRequest: Sendable, Equatable {
    /// The partner country whose delivery is imitated.
    package enum Country: String, CaseIterable, Sendable {
        case latvia = "LV"
        case lithuania = "LT"
        case poland = "PL"
    }

    /// The kind of raw file.
    package enum Kind: String, CaseIterable, Sendable {
        case survey, incidents, population
    }

    package var country: Country
    package var kind: Kind
    /// Seed of every random stream; the same request gives byte-identical files.
    package var seed: UInt64
    /// Data rows wanted. Surveys and incidents write exactly this many; population files
    /// write 36 rows per year (2 sexes × ages 0–17) for ⌈rows / 36⌉ years (at most 60) ending in 2024.
    package var rows: Int
    /// Plant bad rows (see ``PlantedProblem``) and list them in the truth file.
    package var dirty: Bool
    /// Write in this encoding instead of the partner's own (nil: the partner's). Tests use
    /// `.utf8` to compare a code-page file with its UTF-8 twin.
    package var encoding: SynthesisEncoding?
    /// The offence-mapping path written into incident codebooks, relative to the codebook.
    package var offenceMappingPath: String
    /// For surveys: the year of the round (nil: the country's own round, LV 2019, LT 2019,
    /// PL 2018). Another year is another round: other schools and pupils, fieldwork in that
    /// year, and online harms more common by 6% a year (see ``CountryProfile/round(_:)``).
    package var surveyYear: Int?

    package init(
        country: Country, kind: Kind, seed: UInt64, rows: Int, dirty: Bool = false,
        encoding: SynthesisEncoding? = nil, offenceMappingPath: String = "offence-mapping.csv", surveyYear: Int? = nil
    ) {
        self.country = country
        self.kind = kind
        self.seed = seed
        self.rows = rows
        self.dirty = dirty
        self.encoding = encoding
        self.offenceMappingPath = offenceMappingPath
        self.surveyYear = surveyYear
    }
}

/// What was written.
package struct SynthesisSummary: Sendable {
    /// The raw file, its codebook (`FILE.codebook.yaml`) and truth (`FILE.truth.json`).
    package var dataPath: String
    package var codebookPath: String
    package var truthPath: String
    /// Data rows written (the header not counted).
    package var rows: Int
    /// The file's encoding and delimiter.
    package var encoding: SynthesisEncoding
    package var delimiter: Character
    /// Bad rows planted by `dirty` (empty otherwise).
    package var planted: [PlantedProblem]
}

/// Writes realistic synthetic raw files with a codebook and the known truth.
///
/// Entry point for `sitan synth`. Output is streamed (constant memory in the number of rows)
/// and depends only on the request: same request, same bytes, on any machine.
package enum Synthesizer {
    /// Writes `path`, `path.codebook.yaml` and `path.truth.json`.
    ///
    /// - Parameters:
    ///   - request: country, kind, seed, rows, dirty.
    ///   - path: the raw file to write; its file name (without extension) becomes the
    ///     codebook's `source.name`.
    /// - Returns: the paths written, the row count and the planted problems.
    /// - Throws: ``SynthesisError``.
    package static func write(_ request: SynthesisRequest, to path: String) throws -> SynthesisSummary {
        guard request.rows >= 1 else {
            throw SynthesisError.tooFewRows(kind: request.kind.rawValue, country: request.country.rawValue, minimum: 1)
        }
        let name = sourceName(forPath: path)
        let profile = CountryProfile.of(request.country).round(request.surveyYear)
        let userSeed = request.seed
        var request = request
        request.seed = streamSeed(request)
        var result: GeneratedFile
        switch request.kind {
        case .survey: result = try SurveyGenerator(request: request, profile: profile, name: name).write(to: path)
        case .incidents: result = try IncidentGenerator(request: request, profile: profile, name: name).write(to: path)
        case .population: result = try PopulationGenerator(request: request, profile: profile, name: name).write(to: path)
        }
        result.truth.seed = userSeed
        let codebookPath = path + ".codebook.yaml"
        let truthPath = path + ".truth.json"
        try writeText(CodebookWriter.yaml(for: result.schema), to: codebookPath)
        try writeText(result.truth.json(planted: result.planted), to: truthPath)
        return SynthesisSummary(
            dataPath: path, codebookPath: codebookPath, truthPath: truthPath, rows: result.rows,
            encoding: result.schema.dialect.encoding, delimiter: result.schema.dialect.delimiter,
            planted: result.planted)
    }

    /// The offence mapping table (`datasets/offence-mapping.csv`): country, article, iccs, description.
    package static func offenceMappingCSV() -> String { OffenceCatalogue.csv() }

    /// The seed every stream is derived from: the user's seed mixed with the country and
    /// kind, so that LV and PL files made with the same `--seed` are independent worlds.
    static func streamSeed(_ request: SynthesisRequest) -> UInt64 {
        let country = UInt64(SynthesisRequest.Country.allCases.firstIndex(of: request.country)! + 1)
        let kind = UInt64(SynthesisRequest.Kind.allCases.firstIndex(of: request.kind)! + 1)
        // The country's own round keeps the streams it always had; another year is another sample.
        let round = request.surveyYear.flatMap { $0 == CountryProfile.of(request.country).surveyYear ? nil : $0 }
        var generator = SeededGenerator(seed: request.seed, stream: [country, kind] + (round.map { [UInt64($0)] } ?? []))
        return generator.next()
    }

    /// `source.name` for a file: its name without extensions, reduced to letters, digits, '-' and '_'.
    static func sourceName(forPath path: String) -> String {
        let file = URL(fileURLWithPath: path).lastPathComponent
        let stem = file.split(separator: ".").first.map(String.init) ?? "synthetic"
        let cleaned = String(
            stem.unicodeScalars.map {
                ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
                    ? Character($0) : "-"
            })
        return cleaned.isEmpty ? "synthetic" : cleaned
    }

    static func writeText(_ text: String, to path: String) throws {
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch {
            throw SynthesisError.cannotWrite(path: path, reason: "\(error)")
        }
    }
}

/// A generator's result, before the codebook and truth are written.
struct GeneratedFile {
    var schema: RawSchema
    var rows: Int
    var planted: [PlantedProblem]
    var truth: Truth
}
