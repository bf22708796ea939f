import CSVReading
import Foundation
import Yams

extension Codebook {
    static let topKeys = ["source", "file", "design", "columns", "derived", "drop", "safe", "variables", "methods"]

    /// Loads and checks a codebook against the dictionary.
    ///
    /// - Throws: `CodebookError` naming the codebook's file and line: unknown keys, wrong types,
    ///   variables that neither the dictionary nor the codebook define, codes that do not fit
    ///   the variable.
    package static func load(path: String, dictionary base: VariableDictionary) throws -> Codebook {
        let reader = YAMLReader(file: path)
        let (root, _) = try reader.load()
        var sections: [String: (Node, Node)] = [:]
        for (key, keyNode, value) in try reader.mapping(root, "the codebook", allowed: topKeys) {
            sections[key] = (keyNode, value)
        }
        guard let sourceNode = sections["source"]?.1 else { throw reader.error(root, "the codebook needs a `source:` section") }
        let source = try parseSource(sourceNode, reader)
        var dictionary = base
        var own: [Variable] = []
        if let node = sections["variables"]?.1 {
            for (name, keyNode, value) in try reader.mapping(node, "variables") {
                let variable = try VariableParser(reader: reader).parse(name: name, keyNode: keyNode, node: value, origin: source.name)
                if let existing = base[name] {
                    guard let difference = variable.difference(from: existing) else { continue }  // the same definition
                    let at = base.declarations[name].map { " (\($0.file):\($0.line))" } ?? ""
                    throw reader.error(
                        keyNode,
                        "\(EchoedName.variable(name)) is in the dictionary\(at); this codebook declares it with \(difference). "
                            + "A codebook cannot redefine a dictionary variable: give the study's variable another name, "
                            + "or remove it from `variables:`")
                }
                own.append(variable)
                dictionary.add(variable, declaredAt: reader.error(keyNode, ""))
            }
        }
        let parser = RuleParser(reader: reader, dictionary: dictionary, directory: (path as NSString).deletingLastPathComponent)
        let file = try parseFile(sections["file"]?.1, reader)
        let design = try parseDesign(sections["design"]?.1, reader, kind: source.kind)
        let columns = try sections["columns"].map { try parser.columns($0.1) } ?? []
        var derived: [DerivedRule] = []
        var known = Set(columns.map(\.variable) + ["country", "year"])
        if let node = sections["derived"]?.1 {
            for (name, keyNode, value) in try reader.mapping(node, "derived") {
                derived.append(try parser.derived(name: name, keyNode: keyNode, node: value, known: known))
                known.insert(name)
            }
        }
        try parser.checkAskedIf(columns, known: known)
        let drop = try sections["drop"].map { try reader.list($0.1, "drop") } ?? []
        let methods = try sections["methods"].map { try parseMethods($0.1, reader, kind: source.kind, variables: known) }
        try checkRoles(design: sections["design"]?.1, columns: columns, drop: drop, reader)
        var safe: [String: String] = [:]
        if let node = sections["safe"]?.1 {
            for (column, _, reason) in try reader.mapping(node, "safe") {
                let text = try reader.string(reason, "the reason for safe \(EchoedName.key(column))")
                guard text.count >= 10 else {
                    throw reader.error(reason, "say why column \(EchoedName.quoted(column)) is safe (at least a sentence)")
                }
                safe[MappingPlan.matchable(column)] = text  // keyed as the header field is read
            }
        }
        return Codebook(
            path: path, source: source, file: file, design: design, columns: columns, derived: derived,
            drop: try drop.map { try reader.string($0, "an entry of drop") }, safe: safe, ownVariables: own, dictionary: dictionary,
            methods: methods)
    }

    private static func parseSource(_ node: Node, _ reader: YAMLReader) throws -> Source {
        var source = Source(name: "", country: "", kind: .survey, year: nil, description: nil, synthetic: false)
        var seen = Set<String>()
        for (key, _, value) in try reader.mapping(
            node, "source", allowed: ["name", "country", "kind", "year", "survey", "description", "synthetic"])
        {
            seen.insert(key)
            switch key {
            case "name":
                source.name = try reader.string(value, "source name")
                guard source.name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                    throw reader.error(value, "source name may contain only letters, digits, '-' and '_'")
                }
            case "country":
                source.country = try reader.string(value, "country")
                guard ["LV", "LT", "PL"].contains(source.country) else { throw reader.error(value, "country must be LV, LT or PL") }
            case "kind":
                let text = try reader.string(value, "kind")
                guard let kind = SourceKind(rawValue: text) else {
                    throw reader.error(value, "kind must be one of: \(SourceKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                source.kind = kind
            case "year": source.year = try reader.int(value, "year")
            case "survey":
                let round = try reader.string(value, "survey")
                guard !round.isEmpty, round.count <= 64,
                    round.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
                else { throw reader.error(value, "survey (the round id) may contain only letters, digits, '-', '_' and '.'") }
                source.survey = round
            case "description": source.description = try reader.optionalString(value, "description")
            default: source.synthetic = try reader.bool(value, "synthetic")
            }
        }
        for required in ["name", "country", "kind"] where !seen.contains(required) {
            throw reader.error(node, "source needs `\(required):`")
        }
        if source.survey != nil, source.kind != .survey {
            throw reader.error(node, "`survey:` names a survey round; only sources of kind survey have one")
        }
        try checkRoundID(source, node, reader)
        return source
    }

    /// Refuses a `survey:` id in the form of another round's default id (`LT-2022` in a codebook
    /// for Poland, or for Lithuania in 2024): it would join that round's sample by mistake.
    private static func checkRoundID(_ source: Source, _ node: Node, _ reader: YAMLReader) throws {
        guard let round = source.survey else { return }
        let parts = round.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, ["LV", "LT", "PL"].contains(String(parts[0])), parts[1].count == 4, parts[1].allSatisfy(\.isNumber)
        else { return }
        let own = source.year.map { "\(source.country)-\($0)" } ?? source.country
        guard round != own else { return }
        throw reader.error(
            node,
            "`survey: \(round)` is the id of the round of \(parts[0]) in \(parts[1]), but this source is \(own); "
                + "give the round another id (or correct country and year)")
    }

    private static func parseFile(_ node: Node?, _ reader: YAMLReader) throws -> FileFormat {
        var format = FileFormat(dialect: CSVDialect(), decimalComma: false, dateFormat: DateFormat("dd.MM.yyyy")!, missing: [""])
        guard let node else { return format }
        let keys = ["encoding", "delimiter", "quote", "decimal", "date_format", "missing", "value_labels"]
        for (key, _, value) in try reader.mapping(node, "file", allowed: keys) {
            switch key {
            case "encoding":
                let name = try reader.string(value, "encoding")
                guard let encoding = TextEncoding(name: name) else {
                    throw reader.error(
                        value,
                        "unsupported encoding \(EchoedName.quoted(name)); use one of: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                format.dialect.encoding = encoding
            case "delimiter": format.dialect.delimiter = try singleByte(value, "delimiter", reader)
            case "quote": format.dialect.quote = try singleByte(value, "quote", reader)
            case "decimal":
                let text = try reader.string(value, "decimal")
                guard text == "." || text == "," else { throw reader.error(value, "decimal must be \".\" or \",\"") }
                format.decimalComma = text == ","
            case "date_format":
                let text = try reader.string(value, "date_format")
                guard let parsed = DateFormat(text) else {
                    throw reader.error(value, "date_format must use dd, MM and yyyy, such as dd.MM.yyyy")
                }
                format.dateFormat = parsed
            case "value_labels":
                guard let flag = Bool(try reader.string(value, "value_labels")) else {
                    throw reader.error(value, "value_labels must be true (map the labels) or false (map the codes)")
                }
                format.valueLabels = flag
            default: format.missing = Set(try reader.strings(value, "missing"))
            }
        }
        return format
    }

    private static func singleByte(_ node: Node, _ what: String, _ reader: YAMLReader) throws -> UInt8 {
        let text = try reader.string(node, what)
        let value = text == "\\t" || text == "tab" ? "\t" : text
        guard value.utf8.count == 1, let byte = value.utf8.first, byte != 0x0A, byte != 0x0D else {
            throw reader.error(node, "\(what) must be one ASCII character (\"\\t\" for tab)")
        }
        return byte
    }

    /// Refuses a raw column given two roles that cannot both hold: two design roles, or mapped
    /// (or a design column) and dropped. A column that is a design column and mapped is allowed.
    private static func checkRoles(design: Node?, columns: [ColumnRule], drop: [Node], _ reader: YAMLReader) throws {
        var designRoles: [String: String] = [:]
        if let design {
            for (role, _, value) in try reader.mapping(design, "design") {
                for (column, node) in try designColumns(value, role: role, reader) {
                    if let other = designRoles[MappingPlan.matchable(column)] {
                        throw reader.error(
                            node,
                            "\(EchoedName.key(column)) is already the design's \(other) column; one column cannot be both \(other) and \(role)"
                        )
                    }
                    designRoles[MappingPlan.matchable(column)] = role
                }
            }
        }
        let mapped = Set(columns.map { MappingPlan.matchable($0.column) })
        for node in drop {
            let column = try reader.string(node, "an entry of drop")
            if mapped.contains(MappingPlan.matchable(column)) {
                throw reader.error(
                    node, "\(EchoedName.key(column)) is mapped under `columns:` and listed under `drop:`; remove it from one of them")
            }
            if let role = designRoles[MappingPlan.matchable(column)] {
                throw reader.error(
                    node, "\(EchoedName.key(column)) is the design's \(role) column and is listed under `drop:`; remove it from `drop:`")
            }
        }
    }

    private static func parseDesign(_ node: Node?, _ reader: YAMLReader, kind: SourceKind) throws -> Design {
        var design = Design()
        guard let node else { return design }
        guard kind == .survey else { throw reader.error(node, "`design:` applies to survey sources only") }
        for (key, _, value) in try reader.mapping(node, "design", allowed: ["id", "weight", "strata", "psu", "fpc"]) {
            let stages = try designColumns(value, role: key, reader)
            if case .sequence = value, stages.isEmpty { throw reader.error(value, "design \(key) lists no column") }
            for (stage, (_, entry)) in stages.enumerated() {
                guard let mark = entry.mark else { continue }
                design.positions[stage == 0 ? key : "\(key)\(stage + 1)"] = (mark.line, mark.column)
            }
            let columns = stages.map(\.column)
            switch key {
            case "id": design.id = columns.first
            case "weight": design.weight = columns.first
            case "strata": design.strata = columns.first
            case "psu": (design.psu, design.laterPSUs) = (columns.first, Array(columns.dropFirst()))
            default: (design.fpc, design.laterFPCs) = (columns.first, Array(columns.dropFirst()))
            }
        }
        if !design.laterFPCs.isEmpty && design.laterFPCs.count != design.laterPSUs.count {
            throw reader.error(
                node,
                "design fpc names \(design.laterFPCs.count + 1) stages and psu \(design.laterPSUs.count + 1); "
                    + "give one fpc column per stage of psu (R's fpc = ~f1 + f2), or one fpc for the first stage")
        }
        return design
    }

    /// The columns a design entry names, each with its node: one for a single value, one per
    /// stage for a list of `psu` or `fpc` columns (`psu: [school, class]`), none for a null value.
    private static func designColumns(_ value: Node, role: String, _ reader: YAMLReader) throws -> [(column: String, node: Node)] {
        if role == "psu" || role == "fpc", case .sequence = value {
            return try reader.list(value, "design \(role)").map { (try reader.string($0, "an entry of design \(role)"), $0) }
        }
        return try reader.optionalString(value, "design \(role)").map { [($0, value)] } ?? []
    }
}
