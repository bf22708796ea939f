/// What happens to a proportion the NCHS Data Presentation Standards for Proportions (2017)
/// would not present: `reliability:` in sitan.yaml.
///
/// Small-count suppression (k) applies whatever the rule: it protects respondents, while this
/// rule is about precision.
package enum ReliabilityRule: String, Sendable, CaseIterable {
    /// Not shown (`:u`), as the standard asks (the default).
    case suppress
    /// Shown with the low-reliability mark (`u`), its reasons listed, for readers who weigh
    /// precision themselves.
    case flag
}
