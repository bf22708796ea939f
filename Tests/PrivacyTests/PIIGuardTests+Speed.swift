import Privacy
import Testing

/// The guard runs on every field (20 million for a 1M-row, 20-column file), so its fast path
/// must pass typical fields without a false positive. Its speed is measured by `make bench`
/// (the ingest benchmark), never by a timed test.
@Suite struct PIIGuardTypicalFieldTests {
    /// Typical survey and case-record fields.
    static let typicalFields = [
        "12,5", "0.8734", "LV", "female", "2", "Rīga", "yes", "15", "1990", "1.234567", "abc123",
        "13-17", "Kaunas", "NA", "", "3.14159", "0", "no", "Vilniaus apskritis", "2023-10-15",
    ]

    @Test func typicalFieldsThroughTheByteInterfaceAreClean() {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for field in Self.typicalFields {
            let start = bytes.count
            bytes.append(contentsOf: field.utf8)
            ranges.append(start..<bytes.count)
        }
        let guardian = PIIGuard()
        var found = 0
        bytes.withUnsafeBufferPointer { all in
            for index in 0..<200_000 {
                let field = UnsafeBufferPointer(rebasing: all[ranges[index % ranges.count]])
                if guardian.classify(field) != nil { found += 1 }
            }
        }
        #expect(found == 0)
    }
}
