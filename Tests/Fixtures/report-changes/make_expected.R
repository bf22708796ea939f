# Reference values for the report's table of change between survey rounds (section 5.3), from
# R survey, reading the two shipped Latvian survey files in datasets/ directly (not sitan's
# database): lv-survey.csv (2019) and lv-survey-2023.csv (2023), each windows-1257, `;`,
# decimal comma, harmonised by hand as their codebooks (datasets/lv-survey*.csv.codebook.yaml)
# say: dzimums 1 = male, 2 = female, 9 = refused (missing); j* 1 = yes, 2 = no, 8 and 9 missing;
# csa_any_lifetime is 1 when j21a or j22a is 1, 0 when both are 0, missing otherwise.
#
# The report analyses only respondents with a recorded sex and age group (docs/report.md,
# 3.1 Sample). The two rounds are independent samples: one design with the rounds side by side,
# each round's strata and schools its own (stratum and school prefixed with the round, nest =
# TRUE; the school codes and strata of the two files overlap and must not be merged). For each
# prevalence indicator, among the sample's respondents with an answer:
#   estimates  svyby(~y, ~round, subset, svymean, covmat = TRUE)
#   change     svycontrast(that, c(-1, 1))   (2023 minus 2019; the covariance between the two
#              rounds is zero, so the variance of the change is the sum of the two variances)
#   df         degf(subset): PSUs - strata of the Latvian respondents with an answer (both rounds)
#   CI, p      change -/+ qt(0.975, df) * SE and 2 * pt(-|change / SE|, df): sitan's `compare
#              --across survey` uses t on the domain's design df (its JSON prints df), not the
#              normal quantile of R's confint() default for svycontrast.
# As a cross-check the script also fits svyglm(y ~ round, subset) (the same change and SE; its
# residual df is one less, which is why the t quantile above is taken on degf directly).
#
# Run here (R stays out of CI): Rscript make_expected.R   (writes expected.csv)
library(survey)
options(digits = 15)
datasets <- file.path("..", "..", "..", "datasets")

raw <- function(file) {
  read.table(file.path(datasets, file), header = TRUE, sep = ";", quote = "\"", fileEncoding = "WINDOWS-1257",
             colClasses = "character", check.names = FALSE, na.strings = "", comment.char = "", strip.white = FALSE)
}
number <- function(x) as.numeric(sub(",", ".", x, fixed = TRUE))
binary <- function(x) ifelse(x == "1", 1, ifelse(x == "2", 0, NA))
items <- c(csa_contact_lifetime = "j21a", csa_contact_past_year = "j21b", csa_noncontact_lifetime = "j22a",
           csa_noncontact_past_year = "j22b", online_solicitation = "j23", image_based_abuse = "j24")
harmonise <- function(file, round) {
  d <- raw(file)
  out <- data.frame(round = round, school = paste(round, d$skola), stratum = paste(round, d$stratums),
                    w = number(d$svars), sex = ifelse(d$dzimums == "1", "male", ifelse(d$dzimums == "2", "female", NA)),
                    age = as.integer(d$vecums), stringsAsFactors = FALSE)
  for (name in names(items)) out[[name]] <- binary(d[[items[[name]]]])
  out$csa_any_lifetime <- ifelse(out$csa_contact_lifetime %in% 1 | out$csa_noncontact_lifetime %in% 1, 1,
                                 ifelse(out$csa_contact_lifetime %in% 0 & out$csa_noncontact_lifetime %in% 0, 0, NA))
  out$age_group <- as.character(cut(out$age, c(10, 13, 15, 17), labels = c("11-13", "14-15", "16-17")))
  out
}
d <- rbind(harmonise("lv-survey.csv", "LV-2019"), harmonise("lv-survey-2023.csv", "LV-2023"))
stopifnot(nrow(d) == 2400, all(!is.na(d$w)), all(is.na(d$age) | (d$age >= 11 & d$age <= 17)))
d$round <- factor(d$round, levels = c("LV-2019", "LV-2023"))

design <- svydesign(ids = ~school, strata = ~stratum, weights = ~w, data = d, nest = TRUE)
sample <- subset(design, !is.na(sex) & !is.na(age_group))
# Left out of the sample per round (the report's 3.1 prints these counts).
print(table(d$round[is.na(d$sex) | is.na(d$age_group)]))
indicators <- c("csa_any_lifetime", "csa_contact_lifetime", "csa_contact_past_year", "csa_noncontact_lifetime",
                "csa_noncontact_past_year", "online_solicitation", "image_based_abuse")
out <- list()
put <- function(indicator, statistic, value) {
  out[[length(out) + 1]] <<- data.frame(indicator = indicator, earlier = "LV-2019", later = "LV-2023",
                                        statistic = statistic, value = unname(as.numeric(value)))
}
for (v in indicators) {
  f <- as.formula(paste0("~", v))
  answered <- subset(sample, !is.na(get(v)))
  by_round <- svyby(f, ~round, answered, svymean, covmat = TRUE)
  change <- svycontrast(by_round, c(-1, 1))
  estimate <- coef(change)[[1]]
  se <- SE(change)[[1]]
  df <- degf(answered)
  q <- qt(0.975, df)
  fit <- svyglm(as.formula(paste0(v, " ~ round")), answered)
  stopifnot(abs(coef(fit)[[2]] - estimate) < 1e-12, abs(SE(fit)[[2]] - se) < 1e-12)
  put(v, "earlier_estimate", coef(by_round)[[1]])
  put(v, "later_estimate", coef(by_round)[[2]])
  put(v, "change", estimate)
  put(v, "se", se)
  put(v, "df", df)
  put(v, "ci_low", estimate - q * se)
  put(v, "ci_high", estimate + q * se)
  put(v, "p", 2 * pt(-abs(estimate / se), df))
}
out <- do.call(rbind, out)
writeLines(paste0("# source: ", R.version.string, ", survey ", as.character(packageVersion("survey")),
                  ", Tests/Fixtures/report-changes/make_expected.R on datasets/lv-survey.csv and datasets/lv-survey-2023.csv"),
           "expected.csv")
suppressWarnings(write.table(out, "expected.csv", sep = ",", row.names = FALSE, quote = FALSE, append = TRUE))
