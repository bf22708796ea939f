import Codebooks
import Diagnostics

/// Everything that can go wrong in `Analysis`, each case saying what happened and what to do next.
///
/// No case carries a respondent's value: variables, options, categories from the dictionary and
/// source names are metadata, and are the only things named.
package enum AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The variable is not in the database's harmonised dictionary.
    case unknownVariable(String)
    /// The variable has no column in the survey table (no survey source uses it).
    case notInSurvey(String)
    /// The variable's type cannot be used in that role (`estimate` of a text, `--by` on a number).
    case unsupportedType(variable: String, type: String, role: String)
    /// A `--where` or `--by` argument is malformed.
    case malformedArgument(option: String, argument: String, expected: String)
    /// A `--where` value is not a category (or not a number) of its variable.
    case unknownValue(variable: String, valid: [String])
    /// The same variable is used twice where that makes no sense (`--across` also in `--by`).
    case conflictingVariables(String)
    /// A confidence-interval method that needs unweighted data was asked for on a survey design.
    case requiresUnweightedData(method: String)
    /// A stratum has a single PSU and the lonely-PSU rule is `fail`.
    case lonelyPSU(source: String)
    /// The design's finite-population corrections cannot be combined.
    case inconsistentFPC
    /// A source's sampling weights lie outside ``SurveyWeights/range``, where sums of squares
    /// of weighted values would overflow or underflow a double.
    case weightOutOfRange(source: String)
    /// An estimate or its SE exceeds the range of a double (values times weights too large).
    case notRepresentable(variable: String)
    /// No respondent is left in the domain (the `--where` conditions select nobody).
    case emptyDomain
    /// Every respondent's value of the variable is missing (no `--where` narrowed the domain).
    case noValues(variable: String)
    /// A comparison needs at least two groups or categories with respondents.
    case tooFewLevels(what: String)
    /// The project configuration asks for a disclosure threshold below 3.
    case thresholdTooLow(path: String, k: Int)
    /// A statistical computation failed (reported by SurveyStatistics).
    case statistics(String)
    /// A `--survey` id or `--year` names no survey round in the database.
    case unknownRound(String, valid: [String])
    /// A comparison between rounds would pool several rounds into one level of `--across`.
    case roundsPooled(level: String, rounds: [String])
    /// `--lonely-psu average` on several unpooled rounds would average strata across rounds.
    case averageAcrossRounds(rounds: [String])
    /// The project configuration holds a direct identifier (exit 65; the value is not shown).
    case identifierInConfiguration(path: String, line: Int, column: Int, kind: String)
    /// A count's definition in the release ledger does not reproduce the count shown (an
    /// internal failure: the output is withheld rather than audited wrongly).
    case ledgerInconsistent(table: String)
    /// An output that cannot be partly suppressed (a model) would let a reader recompute a small
    /// count from it and what the release ledger holds.
    case refusedByLedger(output: String)
    /// The release ledger holds a report with other numbers than the one being written (new
    /// data, other options, or outputs released since): the two were not audited together.
    case reportChanged
    /// Another command recorded a release while the report was being computed.
    case ledgerMoved

    /// Nobody left to estimate from: ``emptyDomain`` when `--where` conditions narrowed the
    /// domain, otherwise ``noValues(variable:)``.
    static func nobody(_ variable: String, filters: [DomainFilter]) -> AnalysisError {
        filters.isEmpty ? .noValues(variable: variable) : .emptyDomain
    }

    /// True when the problem lies in how the command was called (exit 64); otherwise the data
    /// do not support the request (exit 65).
    package var isUsageError: Bool {
        switch self {
        case .lonelyPSU, .inconsistentFPC, .weightOutOfRange, .notRepresentable, .emptyDomain, .noValues, .tooFewLevels,
            .statistics, .identifierInConfiguration, .ledgerInconsistent, .refusedByLedger, .reportChanged, .ledgerMoved:
            false
        default: true
        }
    }

    package var description: String {
        switch self {
        case let .unknownVariable(name):
            "unknown variable \(EchoedName.argument(name)); `sitan variables` lists the harmonised variables"
        case let .notInSurvey(name):
            "variable \"\(name)\" is in the dictionary but no survey source in the database uses it"
        case let .unsupportedType(variable, type, role):
            "variable \"\(variable)\" is of type \(type), which cannot be used \(role)"
        case let .malformedArgument(option, argument, expected):
            "\(option) \(EchoedName.argument(argument)): expected \(expected)"
        case let .unknownValue(variable, valid):
            valid.isEmpty
                ? "a --where value for \"\(variable)\" is not a valid value of its type"
                : "a --where value for \"\(variable)\" is not one of its categories: \(valid.joined(separator: ", "))"
        case let .conflictingVariables(name):
            "variable \"\(name)\" is used twice; the estimated variable (or a model's outcome), its predictors, --across and --by must differ"
        case let .requiresUnweightedData(method):
            "--ci \(method) is for unweighted simple random samples; this design has weights, strata or "
                + "PSUs: use --ci logit (default), beta or mean"
        case let .lonelyPSU(source):
            "a stratum of source \"\(source)\" has only one PSU, so its variance cannot be estimated; "
                + "choose how to treat it with --lonely-psu remove|adjust|average|certainty "
                + "(as R survey's options(survey.lonely.psu=))"
        case .inconsistentFPC:
            "the sources' finite-population corrections cannot be combined: some give sampling "
                + "fractions and others give none; give population sizes, or an fpc for every source"
        case let .weightOutOfRange(source):
            "source \"\(source)\" has sampling weights outside \(SurveyWeights.rangeText) (its codebook's weight "
                + "column), where sums of squared weighted values leave the range of a double; check that column "
                + "(multiplying every weight by one factor leaves means and proportions unchanged)"
        case let .notRepresentable(variable):
            "the estimates of \"\(variable)\" exceed the range of a double (its values times the weights pass "
                + "1.8e308), so none are shown; rescale the variable (for example to thousands)"
        case .emptyDomain:
            "no respondent matches the --where conditions (with a non-missing value)"
        case let .noValues(variable):
            "every respondent's value of \"\(variable)\" is missing in the selected survey rounds; check the codebooks' codes "
                + "and missing values (`sitan rejects` lists rejected rows), or choose other rounds with --survey"
        case let .tooFewLevels(what):
            "\(what) has fewer than two levels with respondents; a comparison needs at least two"
        case let .identifierInConfiguration(path, line, column, kind):
            "\(path):\(line):\(column): a setting holds what looks like \(kind) (not shown); direct identifiers may not appear "
                + "in the project configuration: remove it"
        case let .thresholdTooLow(path, k):
            "\(path): disclosure.k = \(k) is below the minimum of 3 that sitan allows "
                + "(counts of 1 or 2 would be published); set k to 3 or more (default 5)"
        case let .statistics(message):
            message
        case let .unknownRound(round, valid):
            "--survey/--year \"\(round)\" selects no survey round; the rounds in the database are: \(valid.joined(separator: ", ")) "
                + "(`sitan sources` shows each source's round)"
        case let .averageAcrossRounds(rounds):
            "--lonely-psu average gives a lonely stratum the average variance of the design's strata, which with several "
                + "survey rounds (\(rounds.joined(separator: ", "))) would mix independent rounds; select one round with "
                + "--survey, pool them explicitly with --pool, or choose remove, adjust or certainty"
        case let .roundsPooled(level, rounds):
            "\"\(level)\" holds several survey rounds (\(rounds.joined(separator: ", "))), which are independent designs; "
                + "compare within a country with --by country, select rounds with --survey or --year, or pool them with --pool"
        case let .ledgerInconsistent(table):
            "the release ledger cannot describe the counts of \"\(table)\", so nothing was published; this is a fault "
                + "in sitan: please report it with the command line"
        case let .refusedByLedger(output):
            "\(output) refused by disclosure control: together with the outputs published earlier from this database "
                + "(`sitan releases`), the counts it implies would let a reader recompute a count below the disclosure "
                + "threshold; widen or drop the --where domain, merge levels, or start a new release ledger for a new publication"
        case .ledgerMoved:
            "the report was not written: other sitan commands kept recording releases in the release ledger while it was computed "
                + "(it is audited with everything published before it); run it again when they have finished"
        case .reportChanged:
            "the report was not written: its numbers differ from those of the report already recorded in the release ledger "
                + "(`sitan releases`), and the two together could let a reader recompute a suppressed count; to publish a new "
                + "edition, start a new ledger: sitan releases --new-ledger --reason \"...\""
        }
    }
}

extension AnalysisError: DiagnosticConvertible {
    /// Usage errors exit 64, the rest 65; a problem in the project configuration names its file.
    package var diagnostic: Diagnostic {
        // Another process's releases are the environment's doing, not the data's (exit 1).
        let kind: Diagnostic.Kind = isUsageError ? .usage : self == .ledgerMoved ? .environment : .data
        switch self {
        case let .thresholdTooLow(path, k):
            return Diagnostic(
                kind: kind, file: path,
                message: "disclosure.k = \(k) is below the minimum of 3 that sitan allows "
                    + "(counts of 1 or 2 would be published); set k to 3 or more (default 5)")
        case let .identifierInConfiguration(path, line, column, kind: identifier):
            return Diagnostic(
                kind: kind, file: path, line: line, column: column,
                message: "a setting holds what looks like \(identifier) (not shown); direct identifiers may not appear "
                    + "in the project configuration: remove it")
        default:
            return Diagnostic(kind: kind, message: description)
        }
    }
}
