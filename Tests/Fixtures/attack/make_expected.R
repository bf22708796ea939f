# Reference values for the hand-built Lithuanian exports lt-2022.csv and lt-2024.csv (written by
# make_lt_export.py), computed with R's survey package; the end-to-end test ingests both rounds
# through their codebooks and compares `sitan estimate/compare --format json` to 1e-9.
# Run from this folder:  Rscript make_expected.R   (writes expected.csv)
# Design: schools (PSU) within counties (strata), weights, the number of schools in the county as
# fpc. Skip pattern in two levels: B is 0 when A is Ne, missing when A is missing; C is 0 when B
# is 0 (including a B set to 0 by the first rule), missing when B is missing.
# Domains (--by, --where) are domains of the full design, each on its own df (degf of the
# domain's subset, respondents without an answer included, as svyby(..., svyciprop,
# na.rm = TRUE)), logit CI by svyciprop's closed-form "xlogit" (the same interval as "logit").
suppressMessages(library(survey))
options(survey.lonely.psu = "fail")
out <- list()
emit <- function(case, key, value) out[[length(out) + 1]] <<- data.frame(case = case, key = key, value = sprintf("%.17g", as.numeric(value)))
yesno <- function(x) ifelse(x == "Taip", 1, ifelse(x == "Ne", 0, NA))

# (read.csv drops the trailing space of the header "Apskritis ".)
read_round <- function(file, round) {
  raw <- read.csv(file, sep = ";", fileEncoding = "CP1257", check.names = FALSE, colClasses = "character",
    na.strings = character(0))
  d <- data.frame(
    round = round, psu = raw[["Mokyklos kodas"]], stratum = raw[["Apskritis"]],
    w = as.numeric(sub(",", ".", raw[["Svoris"]], fixed = TRUE)), fpc = as.numeric(raw[["Mokyklų sk. (apskrityje)"]]),
    region = c(Vilniaus = "vilnius", Kauno = "kaunas", "Klaipėdos" = "klaipeda", "Šiaulių" = "siauliai")[raw[["Apskritis"]]],
    sex = c(Vaikinas = "male", Mergina = "female")[raw[["Lytis"]]], age = as.numeric(raw[["Amžius (metai)"]]),
    lifetime = yesno(raw[["A. Ar kada nors?"]]))
  b <- yesno(raw[["B. Per 12 mėn.?"]])
  d$past_year <- ifelse(is.na(d$lifetime), NA, ifelse(d$lifetime == 0, 0, b))
  cc <- yesno(raw[["C. Ar kam nors pasakojai?"]])
  d$told <- ifelse(is.na(d$past_year), NA, ifelse(d$past_year == 0, 0, cc))
  d$age_group <- cut(d$age, c(10, 13, 15, 17, 24), labels = c("11-13", "14-15", "16-17", "18-24"))
  d
}
design <- function(d) svydesign(ids = ~psu, strata = ~interaction(round, stratum), weights = ~w, fpc = ~fpc, nest = TRUE, data = d)

# A proportion in a domain (inside) of des: n, estimate, SE, logit CI on the domain's df.
prop <- function(case, d, des, y, inside = rep(TRUE, nrow(d)), label = "all") {
  domain <- subset(des, inside); emit(case, sprintf("df[%s]", label), degf(domain))
  f <- as.formula(paste0("~", y)); m <- svymean(f, domain, na.rm = TRUE)
  ci <- attr(svyciprop(f, domain, method = "xlogit", na.rm = TRUE), "ci")
  emit(case, sprintf("n[%s]", label), sum(inside & !is.na(d[[y]])))
  emit(case, sprintf("est[%s]", label), coef(m)); emit(case, sprintf("se[%s]", label), SE(m))
  emit(case, sprintf("lo[%s]", label), ci[1]); emit(case, sprintf("hi[%s]", label), ci[2])
}

a <- read_round("lt-2022.csv", "LT-2022"); b <- read_round("lt-2024.csv", "LT-2024")
for (r in list(list(a, "2022"), list(b, "2024"))) {
  d <- r[[1]]; des <- design(d); p <- paste0(r[[2]], "_")
  prop(paste0(p, "lifetime"), d, des, "lifetime")
  prop(paste0(p, "past_year"), d, des, "past_year")
  prop(paste0(p, "told"), d, des, "told")
  for (g in sort(unique(d$region))) prop(paste0(p, "lifetime_by_region"), d, des, "lifetime", d$region == g, g)
  prop(paste0(p, "past_year_where_female"), d, des, "past_year", d$sex == "female")
  # Mean age by region and the age-group shares (categorical).
  s <- svyby(~age, ~region, des, svymean)
  for (g in rownames(s)) { emit(paste0(p, "age_by_region"), sprintf("est[%s]", g), s[g, "age"]); emit(paste0(p, "age_by_region"), sprintf("se[%s]", g), s[g, "se"]) }
  m <- svymean(~age_group, des)
  for (k in levels(d$age_group)) {
    emit(paste0(p, "age_group"), sprintf("est[%s]", k), coef(m)[paste0("age_group", k)])
    emit(paste0(p, "age_group"), sprintf("se[%s]", k), SE(m)[paste0("age_group", k)])
  }
}
# Both rounds pooled: each round a set of strata of its own, weights as given.
both <- rbind(a, b); pooled <- design(both)
prop("pool_lifetime", both, pooled, "lifetime")
# The change between rounds: earlier minus later, covariance from the combined design.
known <- subset(pooled, !is.na(both$lifetime))
s <- svyby(~lifetime, ~round, known, svymean, covmat = TRUE)
ch <- svycontrast(s, c(1, -1))
emit("change_lifetime", "diff", coef(ch)); emit("change_lifetime", "se", SE(ch)); emit("change_lifetime", "df", degf(pooled))
emit("change_lifetime", "lo", coef(ch) - qt(0.975, degf(pooled)) * SE(ch))
emit("change_lifetime", "hi", coef(ch) + qt(0.975, degf(pooled)) * SE(ch))
emit("change_lifetime", "p", 2 * pt(-abs(coef(ch) / SE(ch)), degf(pooled)))
result <- do.call(rbind, out)
versions <- data.frame(case = "_versions", key = c("R", "survey"), value = c(R.version.string, as.character(packageVersion("survey"))))
write.csv(rbind(versions, result), "expected.csv", row.names = FALSE, quote = FALSE)
