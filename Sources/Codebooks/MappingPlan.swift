import Diagnostics

/// A problem with the file as a whole against its codebook (exit 65). Never contains a value.
package struct IngestFileError: Error, CustomStringConvertible, Equatable {
    package let file: String
    /// 1-based line and column; nil when the problem is with the file as a whole.
    package let line: Int?
    package let column: Int?
    package let message: String

    package init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    package var description: String { diagnostic.rendered }
}

extension IngestFileError: DiagnosticConvertible {
    package var diagnostic: Diagnostic { Diagnostic(kind: .data, file: file, line: line, column: column, message: message) }
}

/// The plan that ties each raw column to an output slot.
struct MappingPlan {
    var actions: [RowMapper.Action] = []
    var columns: [OutputColumn] = []
    var slots: [String: Int] = [:]
    var designSlots = 0

    /// A column name as matched between header and codebook: without leading or trailing spaces
    /// and tabs, which the CSV reader strips from unquoted header fields (`Apskritis ` in a codebook
    /// names the header field `Apskritis `, read as `Apskritis`).
    static func matchable(_ name: String) -> String {
        var scalars = Substring(name)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }

    init(codebook: Codebook, header rawHeader: [String], file: String, headerColumns: [Int]? = nil) throws {
        let header = rawHeader.map(Self.matchable)
        var mapped = Set<String>()
        for rule in codebook.columns where !mapped.insert(Self.matchable(rule.column)).inserted {
            throw IngestFileError(
                file: codebook.path, line: rule.line, column: 1,
                "\(EchoedName.key(rule.column)) is mapped twice (names are compared without "
                    + "leading or trailing spaces); map it once")
        }
        let byColumn = Dictionary(
            codebook.columns.enumerated().map { (Self.matchable($1.column), $0) }, uniquingKeysWith: { a, _ in a })
        let designRoles = Dictionary(codebook.design.columns.map { (Self.matchable($1), $0) }, uniquingKeysWith: { a, _ in a })
        let drop = Set(codebook.drop.map(Self.matchable))
        try Self.checkHeader(
            header, columns: headerColumns ?? header.indices.map { $0 + 1 }, codebook: codebook, file: file,
            known: Set(byColumn.keys).union(designRoles.keys).union(drop),
            droppedOnly: drop.subtracting(byColumn.keys).subtracting(designRoles.keys))
        if codebook.source.kind == .survey {
            let later = codebook.design.laterPSUs.indices.flatMap { s in [("_psu\(s + 2)", "TEXT"), ("_fpc\(s + 2)", "REAL")] }
            for (name, type) in [("_id", "TEXT"), ("_weight", "REAL"), ("_stratum", "TEXT"), ("_psu", "TEXT"), ("_fpc", "REAL")] + later {
                slots[name] = columns.count
                columns.append(OutputColumn(name: name, sqlType: type))
            }
        }
        designSlots = columns.count
        for name in ["country", "year"] + codebook.columns.map(\.variable) + codebook.derived.map(\.variable) where slots[name] == nil {
            slots[name] = columns.count
            columns.append(
                OutputColumn(name: name, sqlType: codebook.dictionary[name]?.type.sqlType ?? (name == "year" ? "INTEGER" : "TEXT")))
        }
        actions = header.map { name in
            let design = designRoles[name].map { role -> (slot: Int, role: RowMapper.DesignRole) in
                let (slotName, designRole): (String, RowMapper.DesignRole) =
                    switch role {
                    case "id": ("_id", .id)
                    case "weight": ("_weight", .weight)
                    case "strata": ("_stratum", .stratum)
                    case "psu": ("_psu", .psu)
                    case "fpc": ("_fpc", .fpc)
                    default: role.hasPrefix("psu") ? ("_" + role, .psu) : ("_" + role, .fpc)
                    }
                return (slots[slotName]!, designRole)
            }
            switch (byColumn[name], design) {
            case let (rule?, design?): return .designAndVariable(slot: design.slot, role: design.role, rule: rule)
            case let (rule?, nil): return .variable(rule: rule)
            case let (nil, design?): return .design(slot: design.slot, role: design.role)
            case (nil, nil): return .ignore
            }
        }
    }

    /// Advice when the header hardly matches the codebook: one column holding another
    /// delimiter (the codebook's `delimiter:` is wrong), or fewer than half of the header's
    /// columns known (a codebook for another file). Empty otherwise.
    private static func mismatchHint(_ header: [String], known: Set<String>, codebook: Codebook) -> String {
        let declared = Character(Unicode.Scalar(codebook.file.dialect.delimiter))
        if header.count == 1, let other = [";", ",", "\t", "|"].first(where: { $0 != declared && header[0].contains($0) }) {
            let shown = other == "\t" ? "\\t" : String(other)
            return "; the header is one column holding \"\(shown)\": the file's delimiter may be \"\(shown)\", "
                + "where the codebook says `delimiter: \"\(declared == "\t" ? "\\t" : String(declared))\"`"
        }
        let matched = header.filter(known.contains).count
        guard matched * 2 < header.count else { return "" }
        return "; only \(matched) of the header's \(header.count) columns are in this codebook: check that it is the codebook for this file"
    }

    /// A column that appears twice is refused unless it is only dropped (exports often repeat an
    /// empty comment column): which of two same-named fields a mapping would read is a guess.
    private static func checkHeader(
        _ header: [String], columns: [Int], codebook: Codebook, file: String, known: Set<String>, droppedOnly: Set<String>
    ) throws {
        var seen = Set<String>()
        for (index, name) in header.enumerated() {
            guard seen.insert(name).inserted || droppedOnly.contains(name) else {
                throw IngestFileError(
                    file: file, line: 1, column: columns[index],
                    "\(EchoedName.column(name, at: index)) appears twice in the header; "
                        + "rename one of them in the file (a repeated column can only be listed under `drop:`)")
            }
            guard known.contains(name) else {
                throw IngestFileError(
                    file: file, line: 1, column: columns[index],
                    "\(EchoedName.column(name, at: index)) is not in the codebook \(codebook.path); "
                        + "an unknown column might hold an identifier, so the file is refused. Map it under `columns:` or list it under `drop:`"
                        + mismatchHint(header, known: known, codebook: codebook) + ". Nothing was loaded."
                )
            }
        }
        for rule in codebook.columns where !seen.contains(matchable(rule.column)) {
            throw IngestFileError(
                file: codebook.path, line: rule.line, column: 1,
                "column \(EchoedName.quoted(rule.column)) is mapped but is not in \(file)'s header")
        }
        for (role, column) in codebook.design.columns where !seen.contains(matchable(column)) {
            let position = codebook.design.positions[role]
            throw IngestFileError(
                file: codebook.path, line: position?.line, column: position?.column,
                "design \(role) column \(EchoedName.quoted(column)) is not in \(file)'s header")
        }
    }
}
