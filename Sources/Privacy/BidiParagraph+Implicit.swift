/// The implicit levels of UAX #9: weak types (W1–W7), neutrals (N1, N2), implicit levels
/// (I1, I2) and the line's reset of separators and trailing whitespace (L1). The
/// bracket-pair rule N0 is not applied.
extension BidiParagraph {
    /// The resolved level of every kept character.
    ///
    /// Each isolating run sequence is resolved on its own: a run of one level, continued
    /// after an isolate by the run that starts at its matching PDI (BD13).
    func resolvedLevels() -> [UInt8] {
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
        resetSeparatorsAndTrailingWhitespace(&final)
        return final
    }

    private func resolveSequence(_ sequence: [Int], into final: inout [UInt8]) {
        let first = sequence[0]
        let lastIndex = sequence[sequence.count - 1]
        let level = levels[first]
        let before = first > 0 ? levels[first - 1] : base
        let endsInIsolate = original[lastIndex] != .pdi && original[lastIndex].isIsolateControl
        let after = !endsInIsolate && lastIndex + 1 < levels.count ? levels[lastIndex + 1] : base
        let startSide: BidiClass = max(level, before) % 2 == 1 ? .r : .l
        let endSide: BidiClass = max(level, after) % 2 == 1 ? .r : .l
        var types = sequence.map { classes[$0] }
        resolveWeakTypes(&types, sequence, startSide)
        resolveNeutrals(&types, level % 2 == 1 ? .r : .l, startSide, endSide)
        for (offset, type) in types.enumerated() {
            let index = sequence[offset]
            switch (level % 2 == 0, type) {
            case (true, .r): final[index] = level + 1
            case (true, .an), (true, .en): final[index] = level + 2
            case (false, .l), (false, .en), (false, .an): final[index] = level + 1
            default: final[index] = level
            }
        }
    }

    /// W1–W7 on one isolating run sequence.
    private func resolveWeakTypes(_ types: inout [BidiClass], _ sequence: [Int], _ startSide: BidiClass) {
        // W1: a combining mark takes the type of what it follows (ON after an isolate mark).
        for offset in types.indices where types[offset] == .nsm {
            types[offset] = offset == 0 ? startSide : original[sequence[offset - 1]].isIsolateControl ? .on : types[offset - 1]
        }
        // W2: a European number after an Arabic letter is an Arabic number; W3: AL is R.
        var lastStrong = startSide
        for offset in types.indices {
            switch types[offset] {
            case .l, .r: lastStrong = types[offset]
            case .al:
                lastStrong = .al
                types[offset] = .r
            case .en: if lastStrong == .al { types[offset] = .an }
            default: break
            }
        }
        // W4: one separator between two numbers of one kind joins them (ES only European ones).
        for offset in types.indices.dropFirst().dropLast() {
            let previous = types[offset - 1]
            guard previous == types[offset + 1] else { continue }
            if (types[offset] == .es && previous == .en) || (types[offset] == .cs && (previous == .en || previous == .an)) {
                types[offset] = previous
            }
        }
        // W5: terminators next to a European number are part of it; W6: other separators are ON.
        var offset = 0
        while offset < types.count {
            guard types[offset] == .et else {
                offset += 1
                continue
            }
            var end = offset
            while end < types.count && types[end] == .et { end += 1 }
            let joins = (offset > 0 && types[offset - 1] == .en) || (end < types.count && types[end] == .en)
            for position in offset..<end { types[position] = joins ? .en : .on }
            offset = end
        }
        for position in types.indices where types[position] == .es || types[position] == .cs { types[position] = .on }
        // W7: a European number after L (or at a left-to-right start) is L.
        lastStrong = startSide
        for position in types.indices {
            switch types[position] {
            case .l, .r: lastStrong = types[position]
            case .en: if lastStrong == .l { types[position] = .l }
            default: break
            }
        }
    }

    /// N1, N2: a run of neutrals between two strong types of one direction takes it (numbers
    /// count as R); any other takes the embedding direction.
    private func resolveNeutrals(_ types: inout [BidiClass], _ embedding: BidiClass, _ startSide: BidiClass, _ endSide: BidiClass) {
        var offset = 0
        while offset < types.count {
            guard Self.isNeutral(types[offset]) else {
                offset += 1
                continue
            }
            var end = offset
            while end < types.count && Self.isNeutral(types[end]) { end += 1 }
            let previous = offset > 0 ? Self.direction(types[offset - 1]) : startSide
            let following = end < types.count ? Self.direction(types[end]) : endSide
            let resolved = previous == following ? previous : embedding
            for position in offset..<end { types[position] = resolved }
            offset = end
        }
    }

    /// L1: segment separators (tab), and whitespace and isolate marks before one or at the
    /// end of the line, are shown at the paragraph level.
    private func resetSeparatorsAndTrailingWhitespace(_ final: inout [UInt8]) {
        var trailing: Int? = nil
        for index in original.indices {
            switch original[index] {
            case .s:
                for position in (trailing ?? index)...index { final[position] = base }
                trailing = nil
            case .ws, .lri, .rli, .fsi, .pdi: trailing = trailing ?? index
            default: trailing = nil
            }
        }
        if let trailing { for position in trailing..<final.count { final[position] = base } }
    }

    private static func isNeutral(_ type: BidiClass) -> Bool {
        switch type {
        case .b, .s, .ws, .on, .lri, .rli, .fsi, .pdi: true
        default: false
        }
    }

    private static func direction(_ type: BidiClass) -> BidiClass {
        type == .en || type == .an ? .r : type
    }
}
