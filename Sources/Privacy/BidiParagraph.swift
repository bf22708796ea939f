/// One paragraph of the Unicode Bidirectional Algorithm (UAX #9): its characters, their
/// explicit embedding levels (X1–X10) and, in ``BidiParagraph+Implicit.swift``, their
/// resolved levels (W1–W7, N1, N2, I1, I2, L1), read out in display order (L2).
///
/// Everything is linear in the paragraph times the number of levels in use (at most 126):
/// the first strong character after each position, skipping isolates, is found by one
/// backward pass, so the paragraph direction (P2, P3) and each first-strong isolate's
/// direction (X5c, up to its matching PDI however far away) cost nothing more.
struct BidiParagraph {
    typealias BidiClass = PIIGuard.BidiClass

    /// The characters that X9 keeps (no embedding, override, pop or other BN character).
    private(set) var scalars: [Unicode.Scalar] = []
    /// Each kept character's type (after any override) and its type in the character table.
    private(set) var classes: [BidiClass] = []
    private(set) var original: [BidiClass] = []
    private(set) var levels: [UInt8] = []
    /// The index of each isolate initiator that has a matching PDI, and that PDI's index.
    private(set) var matchingPDI: [Int: Int] = [:]
    let base: UInt8

    init(_ text: [Unicode.Scalar]) {
        let types = text.map(PIIGuard.bidiClass(of:))
        let firstStrong = Self.firstStrongTable(types)
        base = firstStrong[0] == .r || firstStrong[0] == .al ? 1 : 0
        explicitLevels(text, types, firstStrong)
    }

    /// Characters in display order, without the isolate marks (which show nothing).
    ///
    /// L2 reverses, from the highest level down to the lowest odd one, every run at that level
    /// or higher. Done pass by pass that costs the text times the levels; here the runs are
    /// built once as a tree (a run at level `k` holds characters at `k` and runs above it) and
    /// read out with each run's order flipped by the parity of the passes that reverse it.
    func visual() -> [Unicode.Scalar] {
        guard !scalars.isEmpty else { return [] }
        let final = resolvedLevels()
        let lowestOdd = Int(final.filter { $0 % 2 == 1 }.min() ?? UInt8.max)
        var items: [[Int]] = [[]]  // per run: a character index, or -1 - the index of a run
        var thresholds = [0]
        var stack = [0]
        for (index, level) in final.enumerated() {
            while thresholds[stack[stack.count - 1]] > Int(level) { stack.removeLast() }
            while thresholds[stack[stack.count - 1]] < Int(level) {
                let run = items.count
                items.append([])
                thresholds.append(thresholds[stack[stack.count - 1]] + 1)
                items[stack[stack.count - 1]].append(-1 - run)
                stack.append(run)
            }
            items[stack[stack.count - 1]].append(index)
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        func emit(_ run: Int, _ outerFlip: Bool) {
            let flip = outerFlip != (thresholds[run] >= lowestOdd)
            let entries = flip ? Array(items[run].reversed()) : items[run]
            for entry in entries {
                if entry < 0 {
                    emit(-1 - entry, flip)
                } else if !original[entry].isIsolateControl {
                    out.append(scalars[entry])
                }
            }
        }
        emit(0, false)
        return out
    }

    // MARK: - Paragraph and isolate direction (P2, P3, X5c)

    /// For each position, the first strong type (L, R or AL) from there on, skipping every
    /// isolate initiator up to its matching PDI (BD9) and stopping at a PDI that matches an
    /// earlier initiator; `nil` when there is none. An unmatched PDI is skipped like any
    /// other character that is not strong.
    static func firstStrongTable(_ types: [BidiClass]) -> [BidiClass?] {
        var match = [Int](repeating: -1, count: types.count)
        var matched = [Bool](repeating: false, count: types.count)
        var open: [Int] = []
        for (index, type) in types.enumerated() {
            switch type {
            case .lri, .rli, .fsi: open.append(index)
            case .pdi:
                if let initiator = open.popLast() {
                    match[initiator] = index
                    matched[index] = true
                }
            default: break
            }
        }
        var first = [BidiClass?](repeating: nil, count: types.count + 1)
        for index in types.indices.reversed() {
            switch types[index] {
            case .l, .r, .al: first[index] = types[index]
            case .lri, .rli, .fsi: first[index] = match[index] >= 0 ? first[match[index] + 1] : nil
            case .pdi: first[index] = matched[index] ? nil : first[index + 1]
            default: first[index] = first[index + 1]
            }
        }
        return first
    }

    // MARK: - Explicit levels (X1–X10)

    private struct Entry {
        let level: UInt8
        let override: BidiClass?
        let isolate: Bool
    }

    private mutating func explicitLevels(_ text: [Unicode.Scalar], _ types: [BidiClass], _ firstStrong: [BidiClass?]) {
        var stack = [Entry(level: base, override: nil, isolate: false)]
        var overflowIsolates = 0
        var overflowEmbeddings = 0
        var validIsolates = 0
        var openIsolates: [Int] = []
        for (index, scalar) in text.enumerated() {
            let top = stack[stack.count - 1]
            let type = types[index]
            switch type {
            case .pdf:
                if overflowIsolates > 0 {
                } else if overflowEmbeddings > 0 {
                    overflowEmbeddings -= 1
                } else if !top.isolate && stack.count >= 2 {
                    stack.removeLast()
                }
            case .lre, .rle, .lro, .rlo:
                let level = Self.next(top.level, odd: type == .rle || type == .rlo)
                if level <= 125 && overflowIsolates == 0 && overflowEmbeddings == 0 {
                    let override: BidiClass? = type == .rlo ? .r : type == .lro ? .l : nil
                    stack.append(Entry(level: level, override: override, isolate: false))
                } else if overflowIsolates == 0 {
                    overflowEmbeddings += 1
                }
            case .lri, .rli, .fsi:
                append(scalar, top.override ?? type, type, top.level)
                let right = type == .rli || (type == .fsi && (firstStrong[index + 1] == .r || firstStrong[index + 1] == .al))
                let level = Self.next(top.level, odd: right)
                if level <= 125 && overflowIsolates == 0 && overflowEmbeddings == 0 {
                    openIsolates.append(scalars.count - 1)
                    validIsolates += 1
                    stack.append(Entry(level: level, override: nil, isolate: true))
                } else {
                    overflowIsolates += 1
                }
            case .pdi:
                var matched = false
                if overflowIsolates > 0 {
                    overflowIsolates -= 1
                } else if validIsolates > 0 {
                    overflowEmbeddings = 0
                    while !stack[stack.count - 1].isolate { stack.removeLast() }
                    stack.removeLast()
                    validIsolates -= 1
                    matched = true
                }
                let outer = stack[stack.count - 1]
                if matched, let initiator = openIsolates.popLast() { matchingPDI[initiator] = scalars.count }
                append(scalar, outer.override ?? .pdi, .pdi, outer.level)
            case .bn: continue  // X9: shows nothing and takes no part in the rules
            default:
                append(scalar, top.override ?? type, type, top.level)
            }
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar, _ type: BidiClass, _ originalType: BidiClass, _ level: UInt8) {
        scalars.append(scalar)
        classes.append(type)
        original.append(originalType)
        levels.append(level)
    }

    private static func next(_ level: UInt8, odd: Bool) -> UInt8 {
        odd ? (level + 1) | 1 : (level + 2) & ~1
    }
}
