// swift-tools-version:6.0
import PackageDescription

/// The ingest path runs per field on millions of rows; its modules keep their buffers in final
/// classes and are checked for exclusive access by their tests, so the release build skips the
/// dynamic exclusivity checks (measured: 15% of ingest time).
let hotPath: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

/// The disclosure audit and the analyses it audits are linear algebra and set work that an
/// unoptimised build runs tens of times slower; the tests run whole reports through them, so
/// they are optimised in debug builds too.
let audited: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "sitan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitan", targets: ["sitan"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        // MARK: - C libraries from Debian
        .systemLibrary(name: "CLibCSV", path: "Sources/CLibCSV", providers: [.apt(["libcsv-dev"])]),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CReadStat", path: "Sources/CReadStat", providers: [.apt(["libreadstat-dev"])]),

        // MARK: - Libraries
        .target(name: "Diagnostics"),
        .target(name: "CSVReading", dependencies: ["CLibCSV", "Diagnostics"], swiftSettings: hotPath),
        .target(name: "StatFileReading", dependencies: ["CReadStat", "CSVReading", "Diagnostics"]),
        .target(name: "Privacy"),
        .target(name: "Codebooks", dependencies: ["Yams", "CSVReading", "Privacy", "Diagnostics"], swiftSettings: hotPath),
        .target(name: "StatisticalDistributions", dependencies: ["Diagnostics"]),
        .target(name: "SurveyStatistics", dependencies: ["StatisticalDistributions", "Diagnostics"]),
        .target(name: "Rates", dependencies: ["StatisticalDistributions", "Diagnostics"]),
        .target(name: "Disclosure", dependencies: ["Diagnostics"], swiftSettings: audited),
        .target(
            name: "Storage", dependencies: ["CSQLite", "COpenSSL", "CSVReading", "StatFileReading", "Codebooks", "Privacy", "Diagnostics"],
            swiftSettings: hotPath),
        .target(name: "Synthesis", dependencies: ["Diagnostics"]),
        .target(name: "CodebookDrafting", dependencies: ["CSVReading", "StatFileReading", "Codebooks", "Privacy"]),
        .target(
            name: "Analysis",
            dependencies: [
                "Storage", "Codebooks", "Privacy", "StatisticalDistributions", "SurveyStatistics", "Rates", "Disclosure", "Yams",
                "Diagnostics",
            ],
            swiftSettings: audited),

        .target(name: "Rendering", dependencies: ["Analysis", "Disclosure"]),
        .target(
            name: "Reporting",
            dependencies: [
                "Analysis", "Storage", "Disclosure", "SurveyStatistics", "Diagnostics", "Rendering",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Ink", package: "Ink"),
            ],
            resources: [.copy("Templates")]),

        // MARK: - Command line
        .executableTarget(
            name: "sitan",
            dependencies: [
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "Storage", "Codebooks", "CodebookDrafting", "CSVReading", "StatFileReading", "Analysis", "Disclosure", "Synthesis",
                "Rendering", "Reporting", "SurveyStatistics", "Diagnostics",
            ]),

        // MARK: - Tests
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "DiagnosticsTests",
            dependencies: [
                "Diagnostics", "CSVReading", "StatFileReading", "Codebooks", "Storage", "Analysis", "Disclosure", "Synthesis", "Reporting",
                "Rates", "SurveyStatistics", "StatisticalDistributions",
            ]),
        .testTarget(name: "CSVReadingTests", dependencies: ["TestSupport", "CSVReading"]),
        .testTarget(name: "PrivacyTests", dependencies: ["TestSupport", "Privacy"]),
        .testTarget(name: "CodebooksTests", dependencies: ["TestSupport", "Codebooks"]),
        .testTarget(
            name: "StatisticalDistributionsTests", dependencies: ["TestSupport", "StatisticalDistributions"], resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SurveyStatisticsTests", dependencies: ["TestSupport", "SurveyStatistics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RatesTests", dependencies: ["TestSupport", "Rates"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DisclosureTests", dependencies: ["Disclosure"]),
        .testTarget(name: "StorageTests", dependencies: ["TestSupport", "Storage"]),
        .testTarget(name: "SynthesisTests", dependencies: ["TestSupport", "Synthesis"]),
        .testTarget(name: "RenderingTests", dependencies: ["TestSupport", "Rendering", "Disclosure"]),
        .testTarget(name: "ReportingTests", dependencies: ["TestSupport", "Reporting"], exclude: ["Golden"]),
        .testTarget(name: "CoverageTests", dependencies: ["TestSupport", "Synthesis", "Storage", "Codebooks", "Analysis", "Disclosure"]),
        .testTarget(name: "AnalysisTests", dependencies: ["TestSupport", "Analysis"], exclude: ["Fixtures"]),
        .testTarget(
            name: "SitanEndToEndTests", dependencies: ["TestSupport", "sitan", "Disclosure", "CSVReading", "Codebooks", "Analysis"]),
    ],
    swiftLanguageModes: [.v6]
)

// MARK: - Fuzzing (make fuzz): libFuzzer targets, only declared when SITAN_FUZZ is set, since
// they link only with -sanitize=fuzzer (and lld: gold fails on libFuzzer's objects).
if Context.environment["SITAN_FUZZ"] != nil {
    package.products += [
        .executable(name: "fuzz-csv", targets: ["FuzzCSV"]), .executable(name: "fuzz-config", targets: ["FuzzConfig"]),
        .executable(name: "fuzz-codebook", targets: ["FuzzCodebook"]), .executable(name: "fuzz-eurostat", targets: ["FuzzEurostat"]),
    ]
    package.targets += [
        .target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", "CSVReading"], path: "Fuzz/FuzzCSV"),
        .executableTarget(name: "FuzzConfig", dependencies: ["FuzzSupport", "Analysis"], path: "Fuzz/FuzzConfig"),
        .executableTarget(name: "FuzzCodebook", dependencies: ["FuzzSupport", "Codebooks"], path: "Fuzz/FuzzCodebook"),
        .executableTarget(name: "FuzzEurostat", dependencies: ["FuzzSupport", "Storage"], path: "Fuzz/FuzzEurostat"),
    ]
}
