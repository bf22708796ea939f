# Reference values for the report's breakdowns by region and by urban/rural setting, from R
# survey, on one shipped survey round: datasets/lv-survey-2023.csv (Latvia's latest round, the one
# the report shows) read directly (not sitan's database) and harmonised by hand as its codebook
# (datasets/lv-survey-2023.csv.codebook.yaml) says.
#
# As the report (docs/report.md): respondents with a recorded sex and age group only; for each
# of the four indicators broken down by place, per sex, age group, region and setting, n (respondents with
# an answer), the weighted percentage with its 95% logit CI on the group's design degrees of
# freedom (svyciprop, method = "logit"), the estimated number of children (svytotal) with its
# Wald 95% CI on the same degrees of freedom (est ± qt(0.975, degf) × SE), and across the
# regions and across the settings the second-order Rao–Scott F test (svychisq, statistic = "F").
# The tables by sex and age group are every indicator's; these four are checked.
#
# Run here (R stays out of CI): Rscript make_expected.R   (writes expected.csv)
library(survey)
options(digits = 15)
file <- file.path("..", "..", "..", "datasets", "lv-survey-2023.csv")
# windows-1257, `;`, decimal comma; dzimums 1 = zēns, 2 = meitene; j* 1 = jā, 2 = nē, other codes missing.
raw <- read.table(file, header = TRUE, sep = ";", quote = "\"", fileEncoding = "WINDOWS-1257", colClasses = "character",
                  check.names = FALSE, na.strings = "", comment.char = "", strip.white = FALSE)
binary <- function(x) ifelse(x %in% "1", 1, ifelse(x %in% "2", 0, NA))
regions <- c("1" = "riga", "2" = "pieriga", "3" = "vidzeme", "4" = "kurzeme", "5" = "zemgale", "6" = "latgale")
age <- as.integer(raw[["vecums"]])
d <- data.frame(school = raw[["skola"]], stratum = raw[["stratums"]], w = as.numeric(sub(",", ".", raw[["svars"]], fixed = TRUE)),
                sex = ifelse(raw[["dzimums"]] == "1", "male", ifelse(raw[["dzimums"]] == "2", "female", NA)),
                age_group = as.character(cut(age, c(10, 13, 15, 17), labels = c("11-13", "14-15", "16-17"))),
                region = unname(regions[raw[["regions"]]]),
                setting = ifelse(raw[["apdzīvotā_vieta"]] == "1", "urban", ifelse(raw[["apdzīvotā_vieta"]] == "2", "rural", NA)),
                csa_contact_lifetime = binary(raw[["j21a"]]), csa_noncontact_lifetime = binary(raw[["j22a"]]),
                online_solicitation = binary(raw[["j23"]]), stringsAsFactors = FALSE)
# any_of: 1 when either item is 1, 0 when both are 0, missing otherwise.
d$csa_any_lifetime <- ifelse(d$csa_contact_lifetime %in% 1 | d$csa_noncontact_lifetime %in% 1, 1,
                             ifelse(d$csa_contact_lifetime %in% 0 & d$csa_noncontact_lifetime %in% 0, 0, NA))
stopifnot(nrow(d) == 1200, all(!is.na(d$w)), all(!is.na(d$region)), all(!is.na(d$setting)))
design <- svydesign(ids = ~school, strata = ~stratum, weights = ~w, data = d, nest = TRUE)
sample <- subset(design, !is.na(sex) & !is.na(age_group))
indicators <- c("csa_any_lifetime", "csa_contact_lifetime", "csa_noncontact_lifetime", "online_solicitation")
places <- list(region = unname(regions), setting = c("urban", "rural"), sex = c("male", "female"),
               age_group = c("11-13", "14-15", "16-17"))
out <- list()
put <- function(indicator, variable, category, statistic, value) {
  out[[length(out) + 1]] <<- data.frame(indicator = indicator, variable = variable, category = category, statistic = statistic,
                                        value = unname(as.numeric(value)))
}
for (v in indicators) {
  answered <- subset(sample, !is.na(get(v)))
  f <- as.formula(paste0("~", v))
  for (place in names(places)) {
    for (category in places[[place]]) {
      group <- answered[answered$variables[[place]] == category, ]
      ci <- svyciprop(f, group, method = "logit")
      total <- svytotal(f, group)
      half <- qt(0.975, degf(group)) * SE(total)
      put(v, place, category, "n", sum(weights(group, "sampling") != 0))
      put(v, place, category, "estimate", coef(ci))
      put(v, place, category, "ci_low", confint(ci)[1])
      put(v, place, category, "ci_high", confint(ci)[2])
      put(v, place, category, "total", coef(total))
      put(v, place, category, "total_low", coef(total) - half)
      put(v, place, category, "total_high", coef(total) + half)
    }
    if (place %in% c("region", "setting")) {
      test <- svychisq(as.formula(paste0("~", v, " + ", place)), answered, statistic = "F")
      put(v, place, "", "F", test$statistic)
      put(v, place, "", "p", test$p.value)
    }
  }
}
out <- do.call(rbind, out)
writeLines(paste0("# source: ", R.version.string, ", survey ", as.character(packageVersion("survey")),
                  ", Tests/Fixtures/report-places/make_expected.R on datasets/lv-survey.csv"), "expected.csv")
suppressWarnings(write.table(out, "expected.csv", sep = ",", row.names = FALSE, quote = FALSE, append = TRUE))
