import Codebooks

/// The likely fix for the commonest reasons rows are rejected, in the codebook's own terms.
enum RejectAdvice {
    /// Advice for the reasons given (most frequent first), without repeats.
    static func advice(for reasons: [String], format: Codebook.FileFormat?) -> [String] {
        var out: [String] = []
        for reason in reasons {
            guard let advice = advice(for: reason, format: format), !out.contains(advice) else { continue }
            out.append(advice)
        }
        return out
    }

    private static func advice(for reason: String, format: Codebook.FileFormat?) -> String? {
        let delimiter = format.map { $0.dialect.delimiter == 9 ? "\\t" : String(UnicodeScalar($0.dialect.delimiter)) } ?? ","
        let encoding = format?.dialect.encoding.rawValue ?? "utf-8"
        if reason.contains("decimal comma but") { return "set `decimal: \",\"` under `file:` in the codebook" }
        if reason.contains("decimal point but") { return "set `decimal: \".\"` under `file:` in the codebook" }
        if reason.contains("fields, found") {
            return "check `delimiter:` under `file:` (the codebook says \"\(delimiter)\") against the file's separator"
        }
        if reason.contains("malformed quoted field") { return "check `quote:` and `delimiter:` under `file:`" }
        if reason.contains("unknown code") {
            return "add the file's codes to the column's `codes:`, or check `encoding:` (the codebook says \(encoding)): "
                + "text labels read in the wrong encoding never match"
        }
        if reason.contains("not a valid date") { return "check `date_format:` under `file:`" }
        if reason.contains("out of range") { return "check the column's `range:`" }
        if reason.contains("missing") && (reason.contains("weight") || reason.contains("stratum") || reason.contains("PSU")) {
            return "check the `design:` columns and the file's `missing:` list"
        }
        if reason.contains("not a whole number") || reason.contains("not a number") {
            return "check the column's `type:`, or map its values under `codes:`"
        }
        return nil
    }
}

extension IngestReport {
    /// Refuses a file none of whose rows could be loaded: nothing of it is kept.
    ///
    /// - Throws: `StorageError.allRejected` with the commonest reasons, their columns and the
    ///   likely fix.
    func checkSomethingLoaded(format: Codebook.FileFormat?) throws {
        guard rowsRead > 0, rowsLoaded == 0 else { return }
        let top = rejectReasons.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(3)
        throw StorageError.allRejected(
            file: file, count: rowsRejected, reasons: top.map { "\($0.value) × \($0.key)" },
            advice: RejectAdvice.advice(for: top.map(\.key), format: format))
    }

    /// How a reject is counted in summaries: its column and reason (never the value).
    static func reasonKey(_ problem: RowProblem) -> String {
        (problem.named.map { "\($0): " } ?? "") + problem.reason
    }
}
