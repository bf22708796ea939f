# Reference values for the report's analysis sample, from R survey, reading the shipped raw
# survey files in datasets/ directly (not sitan's database), as a researcher would: each file
# with its own encoding, delimiter, decimal comma and codes, harmonised by hand as its codebook
# (datasets/*-survey*.csv.codebook.yaml) says. The report shows each country's latest round:
# for Latvia the 2023 round (lv-survey-2023.csv), not the 2019 one.
#
# The report analyses only respondents with a recorded sex and age group (docs/report.md,
# 3.1 Sample). For each prevalence indicator it gives, by country and sex, n (respondents with
# an answer), the weighted percentage and its 95% logit CI on the group's design degrees of
# freedom (svyciprop, method = "logit", on the subset), and across countries the second-order
# Rao-Scott F test (svychisq, statistic = "F") on the three surveys pooled, each country's
# strata and schools its own.
#
# Run here (R stays out of CI): Rscript make_expected.R   (writes expected.csv)
library(survey)
options(digits = 15)
datasets <- file.path("..", "..", "..", "datasets")

# One raw file as text columns.
raw <- function(file, encoding, sep) {
  read.table(file.path(datasets, file), header = TRUE, sep = sep, quote = "\"", fileEncoding = encoding,
             colClasses = "character", check.names = FALSE, na.strings = "", comment.char = "", strip.white = FALSE)
}
number <- function(x) as.numeric(sub(",", ".", x, fixed = TRUE))
# A yes/no item: `yes` and `no` are the file's codes; every other code (don't know, refused) is missing.
binary <- function(x, yes, no) ifelse(x %in% yes, 1, ifelse(x %in% no, 0, NA))
# The columns of one survey, harmonised (the codebook's `columns:` and `derived:`).
harmonise <- function(d, country, id, school, stratum, weight, sex, male, female, age, items, yes, no) {
  out <- data.frame(country = country, id = d[[id]], school = paste(country, d[[school]]),
                    stratum = paste(country, d[[stratum]]), w = number(d[[weight]]),
                    sex = ifelse(d[[sex]] == male, "male", ifelse(d[[sex]] == female, "female", NA)),
                    age = as.integer(d[[age]]), stringsAsFactors = FALSE)
  for (name in names(items)) out[[name]] <- binary(d[[items[[name]]]], yes, no)
  # any_of: 1 when either item is 1, 0 when both are 0, missing otherwise.
  out$csa_any_lifetime <- ifelse(out$csa_contact_lifetime %in% 1 | out$csa_noncontact_lifetime %in% 1, 1,
                                 ifelse(out$csa_contact_lifetime %in% 0 & out$csa_noncontact_lifetime %in% 0, 0, NA))
  out$age_group <- as.character(cut(out$age, c(10, 13, 15, 17), labels = c("11-13", "14-15", "16-17")))
  out
}
items <- function(prefix) {
  list(csa_contact_lifetime = paste0(prefix, "21a"), csa_contact_past_year = paste0(prefix, "21b"),
       csa_noncontact_lifetime = paste0(prefix, "22a"), csa_noncontact_past_year = paste0(prefix, "22b"),
       online_solicitation = paste0(prefix, "23"), image_based_abuse = paste0(prefix, "24"))
}
# lv-survey-2023.csv: windows-1257, `;`; dzimums 1 = zēns, 2 = meitene, 9 = refused; j* 1 = jā, 2 = nē.
lv <- harmonise(raw("lv-survey-2023.csv", "WINDOWS-1257", ";"), "LV", "anketa_nr", "skola", "stratums", "svars",
                "dzimums", "1", "2", "vecums", items("j"), "1", "2")
# lt-survey.csv: UTF-8 with BOM, `,`; lytis 1 = berniukas, 2 = mergaitė; k* 1 = taip, 0 = ne.
lt <- harmonise(raw("lt-survey.csv", "UTF-8-BOM", ","), "LT", "anketos_nr", "mokykla", "sluoksnis", "svoris",
                "lytis", "1", "2", "amžius", items("k"), "1", "0")
# pl-survey.csv: windows-1250, `;`; płeć 1 = dziewczynka, 2 = chłopiec; p* 1 = tak, 2 = nie.
pl <- harmonise(raw("pl-survey.csv", "WINDOWS-1250", ";"), "PL", "nr_ankiety", "szkoła", "warstwa", "waga",
                "płeć", "2", "1", "wiek", items("p"), "1", "2")
d <- rbind(lv, lt, pl)
stopifnot(nrow(d) == 1200 + 1600 + 2400, all(!is.na(d$w)), all(is.na(d$age) | (d$age >= 11 & d$age <= 17)))
d$country <- factor(d$country, levels = c("LV", "LT", "PL"))
d$sex <- factor(d$sex, levels = c("male", "female"))

# Each country's round is one survey; pooled, a country's strata and schools stay its own.
design <- svydesign(ids = ~school, strata = ~stratum, weights = ~w, data = d, nest = TRUE)
sample <- subset(design, !is.na(sex) & !is.na(age_group))
indicators <- c("csa_any_lifetime", "csa_contact_lifetime", "csa_contact_past_year", "csa_noncontact_lifetime",
                "csa_noncontact_past_year", "online_solicitation", "image_based_abuse")
out <- list()
put <- function(indicator, country, sex, statistic, value) {
  out[[length(out) + 1]] <<- data.frame(indicator = indicator, country = country, sex = sex, statistic = statistic,
                                        value = unname(as.numeric(value)))
}
for (v in indicators) {
  answered <- subset(sample, !is.na(get(v)))
  for (cc in levels(d$country)) for (ss in levels(d$sex)) {
    group <- subset(answered, country == cc & sex == ss)
    ci <- svyciprop(as.formula(paste0("~", v)), group, method = "logit")
    put(v, cc, ss, "n", sum(weights(group, "sampling") != 0))
    put(v, cc, ss, "estimate", coef(ci))
    put(v, cc, ss, "ci_low", confint(ci)[1])
    put(v, cc, ss, "ci_high", confint(ci)[2])
  }
  test <- svychisq(as.formula(paste0("~", v, " + country")), answered, statistic = "F")
  put(v, "", "", "F", test$statistic)
  put(v, "", "", "ndf", test$parameter[["ndf"]])
  put(v, "", "", "ddf", test$parameter[["ddf"]])
  put(v, "", "", "p", test$p.value)
}
out <- do.call(rbind, out)
writeLines(paste0("# source: ", R.version.string, ", survey ", as.character(packageVersion("survey")),
                  ", Tests/Fixtures/report-sample/make_expected.R on datasets/{lv,lt,pl}-survey.csv"), "expected.csv")
suppressWarnings(write.table(out, "expected.csv", sep = ",", row.names = FALSE, quote = FALSE, append = TRUE))
