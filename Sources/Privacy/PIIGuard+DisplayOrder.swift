/// Text in the order a reader sees it: the Unicode Bidirectional Algorithm (UAX #9), reduced
/// to what moves digits, letters and marks of an identifier.
///
/// A right-to-left override (U+202E), embedding (U+202B) or isolate (U+2067, U+2068), a
/// right-to-left mark (U+200F, U+061C) or a Hebrew or Arabic letter changes the order in which
/// the characters after it are shown, so `\u{202E}765\u{202D}234\u{202C}106` is seen as
/// 601234567. The explicit levels are computed as UAX #9 does (X1–X10: embeddings,
/// overrides, isolates, their pops and their limit of 125 levels; FSI reads up to 256
/// characters ahead for its direction), and so is the reordering (L2). The implicit rules are
/// reduced: letters are L unless Hebrew or Arabic, digits are European numbers (L after an
/// L, W7), one `-` `+` `.` `,` `/` or `:` between digits joins them (W4), and other
/// characters are neutrals resolved from their neighbours (N1, N2) within a run of one level.
/// Work is linear in the text times the number of levels in use (at most 126).
extension PIIGuard {
    /// Whether a character may make the display order differ from the written one.
    static func affectsDisplayOrder(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200F, 0x061C: true
        default: isRightToLeft(scalar)
        }
    }

    /// The text as displayed, paragraph by paragraph, with the bidirectional controls removed.
    package static func displayOrder(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var paragraph: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if isParagraphEnd(scalar) {
                out.append(contentsOf: BidiParagraph(paragraph).visual())
                out.append(scalar)
                paragraph.removeAll(keepingCapacity: true)
            } else {
                paragraph.append(scalar)
            }
        }
        out.append(contentsOf: BidiParagraph(paragraph).visual())
        return String(out)
    }

    /// Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms: strong right-to-left.
    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x05FF, 0x0600...0x0660, 0x066A...0x06EF, 0x06FA...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x200F, 0x061C,
            0x10800...0x10FFF, 0x1E800...0x1EFFF:
            true
        default: false
        }
    }

    private static func isParagraphEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x1C...0x1E, 0x85, 0x2029: true
        default: false
        }
    }
}

/// One paragraph's characters, explicit levels and resolved levels (see ``PIIGuard/displayOrder(_:)``).
private struct BidiParagraph {
    enum Kind { case left, right, number, neutral }

    private var scalars: [Unicode.Scalar] = []
    private var kinds: [Kind] = []
    private var levels: [UInt8] = []
    /// The index of each isolate initiator that has a matching PDI, and that PDI's index.
    private var matchingPDI: [Int: Int] = [:]
    private let base: UInt8

    init(_ text: [Unicode.Scalar]) {
        base = Self.firstStrongIsRight(text, from: 0, limit: text.count) ? 1 : 0
        explicitLevels(text)
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
                } else if !(0x2066...0x2069).contains(scalars[entry].value) {
                    out.append(scalars[entry])
                }
            }
        }
        emit(0, false)
        return out
    }

    // MARK: - Explicit levels (X1–X10)

    private struct Entry {
        let level: UInt8
        let override: Kind?
        let isolate: Bool
    }

    private mutating func explicitLevels(_ text: [Unicode.Scalar]) {
        var stack = [Entry(level: base, override: nil, isolate: false)]
        var overflowIsolates = 0
        var overflowEmbeddings = 0
        var validIsolates = 0
        var openIsolates: [Int] = []
        for (index, scalar) in text.enumerated() {
            let top = stack[stack.count - 1]
            switch scalar.value {
            case 0x202A...0x202E:
                guard scalar.value != 0x202C else {
                    if overflowIsolates > 0 {
                    } else if overflowEmbeddings > 0 {
                        overflowEmbeddings -= 1
                    } else if !top.isolate && stack.count >= 2 {
                        stack.removeLast()
                    }
                    continue
                }
                let right = scalar.value == 0x202B || scalar.value == 0x202E
                let level = Self.next(top.level, odd: right)
                if level <= 125 && overflowIsolates == 0 && overflowEmbeddings == 0 {
                    let override: Kind? = scalar.value == 0x202E ? .right : scalar.value == 0x202D ? .left : nil
                    stack.append(Entry(level: level, override: override, isolate: false))
                } else if overflowIsolates == 0 {
                    overflowEmbeddings += 1
                }
            case 0x2066...0x2068:
                append(scalar, top.override ?? .neutral, top.level)
                let right =
                    scalar.value == 0x2067
                    || (scalar.value == 0x2068 && Self.firstStrongIsRight(text, from: index + 1, limit: min(text.count, index + 257)))
                let level = Self.next(top.level, odd: right)
                if level <= 125 && overflowIsolates == 0 && overflowEmbeddings == 0 {
                    openIsolates.append(scalars.count - 1)
                    validIsolates += 1
                    stack.append(Entry(level: level, override: nil, isolate: true))
                } else {
                    overflowIsolates += 1
                }
            case 0x2069:
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
                append(scalar, outer.override ?? .neutral, outer.level)
            default:
                append(scalar, top.override ?? Self.kind(of: scalar), top.level)
            }
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar, _ kind: Kind, _ level: UInt8) {
        scalars.append(scalar)
        kinds.append(kind)
        levels.append(level)
    }

    private static func next(_ level: UInt8, odd: Bool) -> UInt8 {
        odd ? (level + 1) | 1 : (level + 2) & ~1
    }

    private static func kind(of scalar: Unicode.Scalar) -> Kind {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return byte.isDigit ? .number : byte.isLetter ? .left : .neutral
        }
        if PIIGuard.isRightToLeft(scalar) { return .right }
        if scalar.properties.numericType == .decimal { return .number }
        if scalar.properties.isAlphabetic { return .left }
        return .neutral
    }

    /// P2, P3: whether the first strong letter (outside isolates) is right-to-left.
    private static func firstStrongIsRight(_ text: [Unicode.Scalar], from start: Int, limit: Int) -> Bool {
        var depth = 0
        for index in start..<max(start, limit) {
            let scalar = text[index]
            switch scalar.value {
            case 0x2066...0x2068: depth += 1
            case 0x2069:
                if depth == 0 { return false }
                depth -= 1
            default:
                guard depth == 0 else { continue }
                if PIIGuard.isRightToLeft(scalar) { return true }
                if scalar.properties.isAlphabetic && scalar.properties.numericType == nil { return false }
            }
        }
        return false
    }

    // MARK: - Implicit levels (W4, W7, N1, N2, I1, I2), per run of one level

    /// Resolves each isolating run sequence: a run of one level, continued after an isolate
    /// by the run that starts at its matching PDI (BD13).
    private func resolvedLevels() -> [UInt8] {
        var final = levels
        var runs: [Range<Int>] = []
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count && levels[end] == levels[start] { end += 1 }
            runs.append(start..<end)
            start = end
        }
        var runStartingAt: [Int: Int] = [:]
        for (number, run) in runs.enumerated() { runStartingAt[run.lowerBound] = number }
        let continuations = Set(matchingPDI.values)
        for run in runs where !continuations.contains(run.lowerBound) {
            var indices = Array(run)
            var last = run
            while let pdi = matchingPDI[last.upperBound - 1], let next = runStartingAt[pdi] {
                last = runs[next]
                indices.append(contentsOf: last)
            }
            resolveSequence(indices, into: &final)
        }
        return final
    }

    private func resolveSequence(_ sequence: [Int], into final: inout [UInt8]) {
        let first = sequence[0]
        let lastIndex = sequence[sequence.count - 1]
        let level = levels[first]
        let before = first > 0 ? levels[first - 1] : base
        let endsInIsolate = (0x2066...0x2068).contains(scalars[lastIndex].value)
        let after = !endsInIsolate && lastIndex + 1 < levels.count ? levels[lastIndex + 1] : base
        let startSide: Kind = max(level, before) % 2 == 1 ? .right : .left
        let endSide: Kind = max(level, after) % 2 == 1 ? .right : .left
        var types = sequence.map { kinds[$0] }
        // W4: one joining mark between two numbers is a number; W7: a number after L is L.
        for offset in types.indices.dropFirst().dropLast() where types[offset] == .neutral {
            if types[offset - 1] == .number && types[offset + 1] == .number
                && "-+.,/:".unicodeScalars.contains(scalars[sequence[offset]])
            {
                types[offset] = .number
            }
        }
        var lastStrong = startSide
        for offset in types.indices {
            switch types[offset] {
            case .left, .right: lastStrong = types[offset]
            case .number: if lastStrong == .left { types[offset] = .left }
            case .neutral: break
            }
        }
        // N1, N2: neutrals between two strong types of one direction take it (numbers count as R).
        let embedding: Kind = level % 2 == 1 ? .right : .left
        var offset = 0
        while offset < types.count {
            guard types[offset] == .neutral else {
                offset += 1
                continue
            }
            var end = offset
            while end < types.count && types[end] == .neutral { end += 1 }
            let previous = offset > 0 ? Self.direction(types[offset - 1]) : startSide
            let following = end < types.count ? Self.direction(types[end]) : endSide
            let resolved = previous == following ? previous : embedding
            for position in offset..<end { types[position] = resolved }
            offset = end
        }
        for (offset, type) in types.enumerated() {
            let index = sequence[offset]
            switch (level % 2 == 0, type) {
            case (true, .right): final[index] = level + 1
            case (true, .number): final[index] = level + 2
            case (false, .left), (false, .number): final[index] = level + 1
            default: final[index] = level
            }
        }
    }

    private static func direction(_ kind: Kind) -> Kind {
        kind == .number ? .right : kind
    }
}
