import Codebooks
import Disclosure
import Foundation
import Privacy
import Yams

/// The project configuration: `sitan.yaml`, read for every command that publishes tables.
///
/// Looked up as `--config PATH`, then `$SITAN_CONFIG`, then `sitan.yaml` in the current
/// directory; without any of them the defaults apply. The settings:
///
/// ```yaml
/// disclosure:
///   k: 5        # counts from 1 to k − 1 are suppressed; never below 3
/// reliability: suppress   # or flag: show estimates below the NCHS standards with their mark
/// ```
///
/// Unknown keys under `disclosure` are refused (a misspelt `k` must not silently fall back to
/// the default); other top-level sections are left to the commands that use them.
package struct ProjectConfig: Sendable, Equatable {
    /// The disclosure threshold k.
    package let disclosureThreshold: Int
    /// What happens to proportions below the NCHS standards (`reliability:`, default suppress).
    package var reliability: ReliabilityRule = .suppress
    /// The file the configuration came from, nil for the defaults.
    package let path: String?

    /// The default threshold.
    package static let defaultThreshold = 5

    /// The built-in defaults.
    package static let defaults = ProjectConfig(disclosureThreshold: defaultThreshold, path: nil)

    init(disclosureThreshold: Int, path: String?) {
        self.disclosureThreshold = disclosureThreshold
        self.path = path
    }

    /// Finds and reads the configuration.
    ///
    /// - Parameters:
    ///   - explicitPath: `--config PATH`, which must exist.
    ///   - environment: the process environment (`SITAN_CONFIG`, which must exist when set).
    ///   - directory: the current directory, searched for `sitan.yaml`.
    /// - Returns: the configuration, or ``defaults`` when no file is found.
    /// - Throws: ``ConfigurationFileError`` for an unreadable or malformed file (with the line
    ///   and column, k < 3 included).
    package static func load(
        explicitPath: String?, environment: [String: String], directory: String
    ) throws -> ProjectConfig {
        let named = explicitPath ?? environment["SITAN_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        if let named { return try read(path: named) }
        let local = URL(fileURLWithPath: directory).appendingPathComponent("sitan.yaml").path
        guard FileManager.default.fileExists(atPath: local) else { return defaults }
        return try read(path: local)
    }

    /// Reads one configuration file.
    ///
    /// The file is read by the same ``YAMLReader`` as codebooks, so every malformed setting is
    /// reported at its line and column. The YAML is composed into nodes, never expanded into
    /// values: an alias refers to the node it names, so a file of nested aliases (a "billion
    /// laughs" bomb) costs no more memory than its text.
    ///
    /// - Throws: ``ConfigurationFileError`` when the file cannot be read, is not UTF-8, not valid
    ///   YAML or holds a malformed setting or a threshold below 3 (with the line and column);
    ///   ``AnalysisError`` for a direct identifier.
    package static func read(path: String) throws -> ProjectConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationFileError(
                path: path, line: 0, column: 0, message: "cannot read the project configuration file (missing or not readable)",
                isUnreadable: true)
        }
        let reader = YAMLReader(file: path)
        do {
            guard let root = try reader.compose([UInt8](data)) else {
                return ProjectConfig(disclosureThreshold: defaultThreshold, path: path)
            }
            // Before any of its text can be echoed in a message.
            if let found = try reader.firstIdentifier(in: root, limit: maximumNodes, entries: "settings") {
                throw AnalysisError.identifierInConfiguration(
                    path: path, line: found.node.mark?.line ?? 0, column: found.node.mark?.column ?? 0, kind: found.kind.description)
            }
            let top = try reader.mapping(root, "the project configuration (such as `disclosure: {k: 5}`)")
            let section = { (key: String) in top.first { $0.key == key }?.value }
            let k = try threshold(in: section("disclosure"), reader: reader)
            var config = ProjectConfig(disclosureThreshold: k, path: path)
            config.reliability = try reliabilityRule(in: section("reliability"), reader: reader)
            return config
        } catch let error as CodebookError {
            throw ConfigurationFileError(path: path, line: error.line, column: error.column, message: error.message)
        }
    }

    /// The `reliability` setting, or the default (suppress).
    private static func reliabilityRule(in node: Node?, reader: YAMLReader) throws -> ReliabilityRule {
        guard let node, !reader.isNull(node) else { return .suppress }
        guard case .scalar = node, let rule = node.string.flatMap(ReliabilityRule.init(rawValue:)) else {
            throw reader.error(node, "`reliability` must be suppress (the default) or flag")
        }
        return rule
    }

    /// The most YAML values a configuration file may expand to.
    package static let maximumNodes = 100_000

    /// The `disclosure.k` setting, or the default. Unknown keys under `disclosure` are refused.
    private static func threshold(in section: Node?, reader: YAMLReader) throws -> Int {
        guard let section, !reader.isNull(section) else { return defaultThreshold }
        let settings = try reader.mapping(section, "`disclosure` (such as {k: 5})", allowed: ["k"])
        guard let value = settings.first(where: { $0.key == "k" })?.value, !reader.isNull(value) else { return defaultThreshold }
        let k = try reader.int(value, "`disclosure.k` (default 5)")
        guard k >= 3 else {
            throw reader.error(
                value,
                "disclosure.k = \(k) is below the minimum of 3 that sitan allows (counts of 1 or 2 would be published); "
                    + "set k to 3 or more (default 5)")
        }
        return k
    }

    /// The disclosure control this configuration asks for.
    package func disclosureControl() throws -> DisclosureControl {
        do { return try DisclosureControl(k: disclosureThreshold, reliability: reliability) } catch {
            throw AnalysisError.thresholdTooLow(path: path ?? "configuration", k: disclosureThreshold)
        }
    }
}
