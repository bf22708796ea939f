import Privacy
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The guard runs on every field: 20 million for a 1M-row, 20-column file.
@Suite struct PIIGuardSpeedTests {
    /// Typical survey and case-record fields.
    static let typicalFields = [
        "12,5", "0.8734", "LV", "female", "2", "Rīga", "yes", "15", "1990", "1.234567", "abc123",
        "13-17", "Kaunas", "NA", "", "3.14159", "0", "no", "Vilniaus apskritis", "2023-10-15",
    ]

    @Test func twentyMillionTypicalFieldsAreClassifiedQuickly() {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for field in Self.typicalFields {
            let start = bytes.count
            bytes.append(contentsOf: field.utf8)
            ranges.append(start..<bytes.count)
        }
        let guardian = PIIGuard()
        let fields = 20_000_000
        var found = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            bytes.withUnsafeBufferPointer { all in
                for index in 0..<fields {
                    let range = ranges[index % ranges.count]
                    let field = UnsafeBufferPointer(rebasing: all[range])
                    if guardian.classify(field) != nil { found += 1 }
                }
            }
        }
        #expect(found == 0)
        let seconds =
            Double(elapsed.components.seconds)
            + Double(elapsed.components.attoseconds) / 1e18
        print("PIIGuard: \(fields) fields in \(seconds) s")
        #if DEBUG
            #expect(seconds < 30)
        #else
            #expect(seconds < 1)
        #endif
    }
}
