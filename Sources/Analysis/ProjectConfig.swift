import Disclosure
import Foundation
import Privacy
import Yams

/// The project configuration: `sitan.yaml`, read for every command that publishes tables.
///
/// Looked up as `--config PATH`, then `$SITAN_CONFIG`, then `sitan.yaml` in the current
/// directory; without any of them the defaults apply. The only setting so far:
///
/// ```yaml
/// disclosure:
///   k: 5        # counts from 1 to k − 1 are suppressed; never below 3
/// ```
///
/// Unknown keys under `disclosure` are refused (a misspelt `k` must not silently fall back to
/// the default); other top-level sections are left to the commands that use them.
public struct ProjectConfig: Sendable, Equatable {
    /// The disclosure threshold k.
    public let disclosureThreshold: Int
    /// The file the configuration came from, nil for the defaults.
    public let path: String?

    /// The default threshold (SPEC section 7).
    public static let defaultThreshold = 5

    /// The built-in defaults.
    public static let defaults = ProjectConfig(disclosureThreshold: defaultThreshold, path: nil)

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
    /// - Throws: ``AnalysisError/configuration(path:problem:)`` for an unreadable or malformed
    ///   file, ``AnalysisError/thresholdTooLow(path:k:)`` for k < 3.
    public static func load(
        explicitPath: String?, environment: [String: String], directory: String
    ) throws -> ProjectConfig {
        let named = explicitPath ?? environment["SITAN_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        if let named { return try read(path: named) }
        let local = URL(fileURLWithPath: directory).appendingPathComponent("sitan.yaml").path
        guard FileManager.default.fileExists(atPath: local) else { return defaults }
        return try read(path: local)
    }

    /// Reads one configuration file.
    public static func read(path: String) throws -> ProjectConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AnalysisError.configuration(path: path, problem: "cannot read the project configuration file")
        }
        let text = String(decoding: data, as: UTF8.self)
        let root: Any?
        do { root = try Yams.load(yaml: text) } catch {
            throw AnalysisError.configuration(path: path, problem: "not valid YAML")
        }
        guard let root else { return ProjectConfig(disclosureThreshold: defaultThreshold, path: path) }
        try refuseIdentifiers(in: root, path: path, guardian: PIIGuard())
        guard let top = root as? [String: Any] else {
            throw AnalysisError.configuration(path: path, problem: "expected a mapping such as `disclosure: {k: 5}`")
        }
        let k = try threshold(in: top["disclosure"], path: path)
        guard k >= 3 else { throw AnalysisError.thresholdTooLow(path: path, k: k) }
        return ProjectConfig(disclosureThreshold: k, path: path)
    }

    /// Refuses a configuration with a direct identifier in any key or value, before any of
    /// its text can be echoed in a message.
    private static func refuseIdentifiers(in value: Any, path: String, guardian: PIIGuard) throws {
        switch value {
        case let mapping as [AnyHashable: Any]:
            for (key, item) in mapping {
                try refuseIdentifiers(in: key.base, path: path, guardian: guardian)
                try refuseIdentifiers(in: item, path: path, guardian: guardian)
            }
        case let list as [Any]:
            for item in list { try refuseIdentifiers(in: item, path: path, guardian: guardian) }
        default:
            if let kind = guardian.classify(String(describing: value)) {
                throw AnalysisError.identifierInConfiguration(path: path, kind: kind.description)
            }
        }
    }

    /// The `disclosure.k` setting, or the default.
    private static func threshold(in section: Any?, path: String) throws -> Int {
        guard let section else { return defaultThreshold }
        guard let mapping = section as? [String: Any] else {
            throw AnalysisError.configuration(path: path, problem: "`disclosure` must be a mapping such as {k: 5}")
        }
        if let unknown = mapping.keys.sorted().first(where: { $0 != "k" }) {
            throw AnalysisError.configuration(
                path: path, problem: "unknown setting `disclosure.\(unknown)`; the only setting is `disclosure.k`")
        }
        guard let value = mapping["k"] else { return defaultThreshold }
        guard let k = value as? Int else {
            throw AnalysisError.configuration(path: path, problem: "`disclosure.k` must be a whole number (default 5)")
        }
        return k
    }

    /// The disclosure control this configuration asks for.
    public func disclosureControl() throws -> DisclosureControl {
        do { return try DisclosureControl(k: disclosureThreshold) } catch {
            throw AnalysisError.thresholdTooLow(path: path ?? "configuration", k: disclosureThreshold)
        }
    }
}
