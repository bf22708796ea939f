import Disclosure
import Foundation
import Storage

/// The report in the database's release ledger.
///
/// The report is one publication, audited in parts (each indicator's tables, every two
/// indicators', the parts of a union together): its parts are recorded as releases of their own,
/// named in the command (`sitan report: csa_any_lifetime`). A later output is audited against all
/// the parts together, with the outputs of the other commands.
extension ReleaseLedger {
    /// The report's parts, each with what it released, and the groups of parts audited jointly.
    package struct ReportRelease: Equatable {
        /// One part: a name (an indicator, `sample`, `incidents`, or the indicators of a union
        /// joined by `+`), its data set and the JSON the ledger stores.
        package struct Part: Hashable, Comparable {
            package let name: String
            let dataset: String
            let published: String
            let protected: String

            package static func < (a: Part, b: Part) -> Bool {
                (a.name, a.dataset, a.published, a.protected) < (b.name, b.dataset, b.published, b.protected)
            }
        }

        package let parts: [Part]

        /// The parts of the report's publications.
        ///
        /// - Parameter publications: each part's name and publication (a union's publication holds
        ///   its indicators' releases too: they were audited together).
        package init(_ publications: [(name: String, publication: Publication)]) throws {
            parts = try publications.flatMap { name, publication in
                try Dictionary(grouping: publication.releases, by: \.dataset).map { dataset, releases in
                    Part(
                        name: name, dataset: dataset, published: try Self.json(releases.flatMap(\.published)),
                        protected: try Self.json(releases.flatMap(\.protected)))
                }
            }.sorted()
        }

        /// A value as the ledger stores it: JSON with sorted keys.
        private static func json<Value: Encodable>(_ value: Value) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        }

        init(parts: [Part]) { self.parts = parts.sorted() }
    }

    /// The command recorded with a part of the report.
    static let reportCommand = "sitan report: "

    /// What the database's current ledger holds besides a report: the outputs of `estimate`,
    /// `compare`, `model`, `rates` and `incidents` a report is audited against. An earlier report
    /// is left out: the same report written again must come out the same (a report that would
    /// differ from the one recorded is refused by ``recordReport(_:store:)``).
    ///
    /// - Parameter store: the database, read-only is enough.
    /// - Returns: each distinct release once; empty when the database has no ledger yet.
    package static func earlierOutputs(store: Store) throws -> [Publication.Release] {
        try storedReleases(store: store).filter { !$0.command.hasPrefix(reportCommand) }.map(\.release)
    }

    /// Records the report in the database's current ledger, unless the same report is recorded
    /// there already (the same publication recorded twice adds nothing: the four languages, or
    /// the report written again).
    ///
    /// - Parameters:
    ///   - release: the report's parts.
    ///   - store: the database, writable.
    /// - Throws: `AnalysisError.reportChanged` when the ledger holds a report with other numbers
    ///   (new data, options or outputs since): the two together are not audited.
    package static func recordReport(_ release: ReportRelease, store: Store, auditedAt state: String? = nil) throws {
        try store.database.transaction {
            // Another command recorded a release while the report was computed: the report was not
            // audited with it.
            if let state, try store.ledgerState() != state { throw AnalysisError.ledgerMoved }
            try recordReportNow(release, store: store)
        }
    }

    private static func recordReportNow(_ release: ReportRelease, store: Store) throws {
        let recorded = try currentReleases(store: store).filter { $0.command.hasPrefix(reportCommand) }.map { record in
            ReportRelease.Part(
                name: String(record.command.dropFirst(reportCommand.count)), dataset: record.dataset, published: record.published,
                protected: record.protected)
        }
        let earlier = ReportRelease(parts: Array(Set(recorded)))
        if earlier == release { return }
        guard earlier.parts.isEmpty else { throw AnalysisError.reportChanged }
        for part in release.parts {
            try store.recordRelease(
                command: reportCommand + part.name, dataset: part.dataset, published: part.published, protected: part.protected)
        }
    }

    /// The groups of earlier releases a new output of the database's ledger is audited with:
    /// nil (the whole ledger at once) without a report; otherwise one group, the outputs of the
    /// other commands with every part of the report jointly. A later output that counts no
    /// indicator (`estimate age --by region --where setting=urban`) can combine with the union's
    /// tables and another indicator's by region, or link three indicators' tables through their
    /// missing answers, so no part is left out; on the shipped datasets this costs about as much as
    /// auditing with the linked parts and each other part in turn.
    func ledgerGroups(_ dataset: LedgerDataset) throws -> [Publication?] {
        let stored = try Self.storedReleases(store: store).filter { $0.release.dataset == dataset.name }
        guard stored.contains(where: { $0.command.hasPrefix(Self.reportCommand) }) else { return [nil] }
        // A union's part holds its indicators' releases too: each release is audited once.
        var seen = Set<ReleaseKey>()
        let releases = stored.map(\.release).filter { release in
            seen.insert(ReleaseKey(published: release.published, protected: release.protected)).inserted
        }
        // The report prints the rows loaded of every source.
        return [Publication(knownSources: true, base: releases)]
    }

    /// What tells one release from another.
    private struct ReleaseKey: Hashable {
        let published: [CountCell]
        let protected: [CountPredicate]
    }

    /// The name of the report's part that holds the size of its analysis sample (``AnalysisSample``).
    package static let samplePart = "analysis sample"

    /// The note under an output with cells suppressed because of the ledger: when the ledger holds
    /// a report that analyses a sample, it says how to ask for that sample, whose numbers the
    /// report has published already.
    ///
    /// - Parameter domains: whether rows were suppressed by the domain-difference rule, which the
    ///   note then names.
    ///   - refusing: whether the note explains a refusal (no cell is shown): it then names only that rule.
    func ledgerNote(_ dataset: LedgerDataset, domains: Bool = false, refusing: Bool = false) throws -> String {
        let note = refusing ? Self.domainNote : domains ? Self.note + " " + Self.domainNote : Self.note
        let sample = try Self.storedReleases(store: store).first {
            $0.command == Self.reportCommand + Self.samplePart && $0.release.dataset == dataset.name
        }
        guard let predicate = sample?.release.published.first(where: { $0.statistic == nil })?.predicate else { return note }
        let conditions = predicate.conditions.filter { $0.key != SurveyRounds.variable }.sorted { $0.key < $1.key }.compactMap {
            variable, condition -> (variable: String, values: [String])? in
            guard case let .oneOf(values) = condition else { return nil }
            return (variable, values.compactMap { $0 })
        }
        guard !conditions.isEmpty else { return note }
        return note + " The report analyses only the respondents with a recorded "
            + conditions.map { "`\($0.variable)`" }.joined(separator: " and ")
            + "; to see its numbers, ask for that sample with `\(AnalysisSample.whereOptions(conditions))`."
    }

    // MARK: - Reading the ledger

    /// The releases of the current ledger, without starting one.
    private static func currentReleases(store: Store) throws -> [ReleaseRecord] {
        guard try store.columns(of: "releases").count > 0, let ledger = try store.ledgers().last else { return [] }
        return try store.releases(ledger: ledger.id)
    }

    /// The distinct releases of the current ledger, decoded, with their commands.
    private static func storedReleases(store: Store) throws -> [(command: String, release: Publication.Release)] {
        let decoder = JSONDecoder()
        var seen = Set<[String]>()
        return try currentReleases(store: store).compactMap { record in
            let isReport = record.command.hasPrefix(reportCommand)
            // A command run again records the same counts again: each distinct record is read once.
            guard seen.insert([isReport ? record.command : "", record.dataset, record.published, record.protected]).inserted else {
                return nil
            }
            let published = try decoder.decode([CountCell].self, from: Data(record.published.utf8))
            let protected = try decoder.decode([CountPredicate].self, from: Data(record.protected.utf8))
            return (record.command, (record.dataset, published, protected))
        }
    }
}
