import Foundation
import TestSupport

extension FixtureTable {
    /// Reads `Fixtures/<name>.csv` from this test target's resources.
    init(named name: String) throws { try self.init(named: name, in: .module) }
}
