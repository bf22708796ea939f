/// Key findings on change between survey rounds: an indicator is said to have changed only when
/// its test's p-value, adjusted with Holm's method over every change compared in that country
/// (each indicator and pair of rounds), is below 0.05.
extension ReportBuilder {
    /// One sentence per country and pair of rounds: the indicators whose change survives Holm's
    /// adjustment, with the change and its CI, or that none does.
    func changeFindings() -> [String] {
        typealias Change = (indicator: String, row: PublishedRow)
        var byCountry: [String: [Change]] = [:]
        for indicator in survey.indicators {
            for row in changes(of: indicator) {
                byCountry[row["country"]?.text ?? "", default: []].append((indicator.name, row))
            }
        }
        return countries.flatMap { country -> [String] in
            guard let changes = byCountry[country] else { return [] }
            // A suppressed p-value counts as the largest of the family (conservative).
            let adjusted = HolmAdjustment.adjust(changes.map { $0.row["p_value"]?.mark == nil ? $0.row["p_value"]?.value : nil })
            var rounds: [[String]] = []
            for change in changes {
                let pair = [change.row["a"]?.text ?? "", change.row["b"]?.text ?? ""]
                if !rounds.contains(pair) { rounds.append(pair) }
            }
            return rounds.map { pair in
                let family = zip(changes, adjusted).filter { [$0.0.row["a"]?.text ?? "", $0.0.row["b"]?.text ?? ""] == pair }
                let changed = family.filter { ($0.1 ?? 1) < 0.05 }.map { change, _ in
                    labels.variable(change.indicator) + " " + difference(change.row, reversed: true)
                }
                var values = [
                    "country": labels.category("country", country), "earlier": pair[0], "later": pair[1],
                    "m": String(changes.count), "list": changed.joined(separator: "; "),
                ]
                guard changes.count == 1 else {
                    return strings.format(changed.isEmpty ? "finding.changeNone" : "finding.change", values)
                }
                // One change compared: no adjustment, its own p-value.
                values["indicator"] = labels.variable(changes[0].indicator)
                values["p"] = style.pValue(changes[0].row["p_value"])
                return strings.format(changed.isEmpty ? "finding.changeSingleNone" : "finding.changeSingle", values)
            }
        }
    }
}
