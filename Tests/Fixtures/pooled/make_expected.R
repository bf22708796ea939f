# Reference values for the Polish pooled export (pl-pooled.csv), from R survey, as the codebook
# reads it: one design per round (split by "Rok badania"), strata = voivodeship, PSU = school,
# the skip pattern's "Nie dotyczy" read as 0 for the past-year item and as missing for disclosure.
# Run here: Rscript make_expected.R  (writes expected.csv)
library(survey)
options(digits = 15)
raw <- read.csv2("pl-pooled.csv", fileEncoding = "UTF-8-BOM", check.names = FALSE, na.strings = "",
                 colClasses = "character", strip.white = FALSE)
yes <- function(x, skip = NA) ifelse(x == "Tak", 1, ifelse(x == "Nie", 0, ifelse(x == "Nie dotyczy", skip, NA)))
d <- data.frame(
  year = as.integer(raw[["Rok badania"]]), region = raw[["Województwo"]], school = raw[["Szkoła"]],
  w = as.numeric(sub(",", ".", raw[["Waga"]])),
  sex = ifelse(raw[["Płeć"]] == "Chłopiec", "male", ifelse(raw[["Płeć"]] == "Dziewczyna", "female", NA)),
  age = as.integer(raw[["Wiek"]]))
d$contact <- yes(raw[["P1 Dotyk (kiedykolwiek)"]])
d$past_year <- yes(raw[["P2 Dotyk (ostatnie 12 mies.)"]])
d$past_year[!is.na(d$contact) & d$contact == 0] <- 0
d$past_year[is.na(d$contact)] <- NA
d$told <- yes(raw[["P3 Powiedział(a) komuś"]])
d$noncontact <- yes(raw[["P4 Bez kontaktu"]])
d$any <- ifelse(d$contact %in% 1 | d$noncontact %in% 1, 1, ifelse(d$contact %in% 0 & d$noncontact %in% 0, 0, NA))
d$age_group <- cut(d$age, c(10, 13, 15, 17), labels = c("11-13", "14-15", "16-17"))
d$sex <- factor(d$sex, levels = c("male", "female"))
out <- list()
put <- function(case, key, value) out[[length(out) + 1]] <<- data.frame(case = case, key = key, value = unname(as.numeric(value)))
for (y in c(2019, 2023)) {
  des <- svydesign(ids = ~school, strata = ~region, weights = ~w, data = d[d$year == y, ], nest = TRUE)
  for (v in c("contact", "past_year", "told")) {
    f <- as.formula(paste0("~", v))
    ci <- svyciprop(f, des, method = "xlogit", na.rm = TRUE)
    m <- svymean(f, des, na.rm = TRUE)
    put(paste0(y, "_", v), "est", coef(ci)); put(paste0(y, "_", v), "se", SE(m))
    put(paste0(y, "_", v), "lo", confint(ci)[1]); put(paste0(y, "_", v), "hi", confint(ci)[2])
  }
  by <- svyby(~contact, ~sex, des, svyciprop, method = "xlogit", na.rm = TRUE, vartype = c("se", "ci"))
  for (s in rownames(by)) {
    put(paste0(y, "_contact_by_sex"), paste0("est[", s, "]"), by[s, "contact"])
    put(paste0(y, "_contact_by_sex"), paste0("lo[", s, "]"), by[s, "ci_l"])
    put(paste0(y, "_contact_by_sex"), paste0("hi[", s, "]"), by[s, "ci_u"])
  }
  fit <- svyglm(any ~ sex + age_group, design = des, family = quasibinomial())
  s <- summary(fit)$coefficients
  for (term in rownames(s)) {
    put(paste0(y, "_model"), paste0("estimate[", term, "]"), s[term, 1])
    put(paste0(y, "_model"), paste0("se[", term, "]"), s[term, 2])
  }
}
# The change between rounds: both rounds stacked, each round's strata and schools its own.
d$round <- factor(d$year)
d$stratum <- interaction(d$year, d$region)
d$psu <- interaction(d$year, d$school)
both <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w, data = d, nest = TRUE)
by <- svyby(~contact, ~round, subset(both, !is.na(contact)), svymean, covmat = TRUE)
change <- svycontrast(by, c(1, -1))
put("change_contact", "difference", coef(change)); put("change_contact", "se", SE(change))
out <- do.call(rbind, out)
write.csv(out, "expected.csv", row.names = FALSE, quote = FALSE)
cat("_versions,", R.version.string, ", survey", as.character(packageVersion("survey")), "\n",
    file = "expected.csv", append = TRUE)
