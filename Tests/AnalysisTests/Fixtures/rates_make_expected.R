# Reference values for the rates and incident-distribution tests of AnalysisTests
# (RateAnalysisTests.swift, IncidentDistributionTests.swift), computed with base R only.
# Run from this folder:  Rscript rates_make_expected.R
#   - writes the fixture inputs rates_incidents.csv, rates_population.csv, rates_counts.csv
#     (harmonised rows, as `sitan ingest` stores them) when they do not exist yet;
#   - writes rates_expected.csv (case,key,value) from them, aggregating independently of sitan:
#     counts with table()/aggregate(), exact Poisson intervals and rate ratios with
#     poisson.test(), trends with glm(family = poisson) and confint.default(), and with
#     glm(family = quasipoisson) (t interval and test).
# Versions are recorded in rates_expected.csv (case "_versions").
options(stringsAsFactors = FALSE)

# MARK: - Fixture inputs (written once; committed)
if (!file.exists("rates_incidents.csv")) {
  set.seed(20240601)
  countries <- c("LT", "LV", "PL"); years <- 2018:2022
  base <- c(LT = 25, LV = 12, PL = 120)
  codes <- c("03011", "030113", "03012", "030221", "030222")
  rows <- list()
  add <- function(cty, yr, n) {
    if (n == 0) return()
    rows[[length(rows) + 1]] <<- data.frame(
      country = cty, year = yr,
      iccs = sample(codes, n, TRUE, c(.2, .25, .35, .12, .08)),
      stage = sample(c("recorded", "prosecuted", "convicted"), n, TRUE, c(.55, .3, .15)),
      victim_sex = sample(c("female", "male", NA), n, TRUE, c(.7, .27, .03)),
      victim_age_group = sample(c("0-4", "5-9", "10-14", "15-17"), n, TRUE, c(.1, .2, .45, .25)),
      perpetrator_relation = sample(c("family", "known_adult", "peer", "stranger", "online_only", NA), n, TRUE,
                                    c(.3, .3, .15, .1, .1, .05)),
      online = sample(0:1, n, TRUE, c(.75, .25)))
  }
  for (cty in countries) for (yr in years) add(cty, yr, rpois(1, base[[cty]] * 1.08^(yr - 2018)))
  add("LT", 2017, 3)                      # a year the population files do not cover
  write.csv(do.call(rbind, rows), "rates_incidents.csv", row.names = FALSE, na = "")

  children <- c(LT = 480000, LV = 350000, PL = 6900000)
  pop <- list()
  for (cty in countries) for (yr in years) for (sex in c("male", "female")) {
    n <- round(children[[cty]] / 36 * runif(18, 0.9, 1.1))
    pop[[length(pop) + 1]] <- data.frame(source = "national", country = cty, year = yr, sex = sex, age = 0:17,
                                         age_code = NA, population = n, flag = NA)
    if (cty == "LV") {                    # Eurostat children for LV only, 1% higher than the national file
      pop[[length(pop) + 1]] <- data.frame(source = "eurostat", country = cty, year = yr, sex = sex, age = 0:17,
                                           age_code = c("Y_LT1", paste0("Y", 1:17)), population = round(n * 1.01), flag = NA)
    }
  }
  lv_children <- subset(do.call(rbind, pop), source == "eurostat")
  lv_total <- aggregate(population ~ country + year + age + age_code, lv_children, sum)
  pop[[length(pop) + 1]] <- data.frame(source = "eurostat", lv_total[, c("country", "year")], sex = "total",
                                       age = lv_total$age, age_code = lv_total$age_code,
                                       population = lv_total$population, flag = NA)
  totals <- c(LT = 2800000, LV = 1900000, PL = 37900000)
  for (cty in countries) for (yr in 2016:2022) {
    pop[[length(pop) + 1]] <- data.frame(source = "eurostat", country = cty, year = yr, sex = "total", age = NA,
                                         age_code = "TOTAL", population = round(totals[[cty]] * (1 - 0.004 * (yr - 2016))),
                                         flag = if (cty == "PL" && yr == 2021) "bep" else NA)
  }
  write.csv(do.call(rbind, pop), "rates_population.csv", row.names = FALSE, na = "")

  counts <- expand.grid(country = countries, year = 2016:2022, iccs = c("0301", "03011", "0302"))
  counts$count <- rpois(nrow(counts), ifelse(counts$iccs == "0302" & counts$country == "LV", 4,
                                      c(LT = 300, LV = 250, PL = 4000)[counts$country] / ifelse(counts$iccs == "0301", 1, 3)))
  counts$count[counts$country == "LT" & counts$year == 2019 & counts$iccs == "0302"] <- NA
  counts$flag <- ifelse(counts$year == 2022, "p", NA)
  counts$unit <- "NR"
  write.csv(counts[, c("country", "year", "iccs", "unit", "count", "flag")], "rates_counts.csv", row.names = FALSE, na = "")
}

# MARK: - Expected values
inc <- read.csv("rates_incidents.csv", colClasses = c(iccs = "character"), na.strings = "")
pop <- read.csv("rates_population.csv", na.strings = "")
cnt <- read.csv("rates_counts.csv", colClasses = c(iccs = "character"), na.strings = "")
out <- list()
emit <- function(case, key, value) out[[length(out) + 1]] <<- data.frame(case = case, key = key, value = sprintf("%.17g", as.numeric(value)))

# Denominators per country-year: children from the national file (incidents) or Eurostat
# (counts, where present); all ages from Eurostat TOTAL.
children <- function(src) {
  p <- subset(pop, source == src & !is.na(age) & sex %in% if (src == "eurostat") "total" else c("male", "female"))
  aggregate(population ~ country + year, p, sum)
}
child_national <- children("national"); child_eurostat <- children("eurostat")
all_ages <- subset(pop, age_code == "TOTAL" & sex == "total")[, c("country", "year", "population")]
lookup <- function(table, cty, yr) { v <- table$population[table$country == cty & table$year == yr]; if (length(v)) v else NA }

# Rates per group, rate ratios per series, trends per series.
rate_case <- function(case, x, by_year, denominator) {
  # x: data.frame(country, year, count) over every covered country-year
  x$population <- mapply(function(c, y) lookup(denominator, c, y), x$country, x$year)
  groups <- if (by_year) x else {
    agg <- aggregate(cbind(count, population) ~ country, x, sum, na.action = na.pass); agg$year <- NA; agg }
  for (i in seq_len(nrow(groups))) {
    g <- groups[i, ]; key <- if (by_year) paste(g$country, g$year, sep = "|") else g$country
    emit(case, paste0(key, "|count"), g$count)
    if (is.na(g$population)) { emit(case, paste0(key, "|population"), NA); next }
    t <- poisson.test(g$count, g$population)
    emit(case, paste0(key, "|population"), g$population)
    emit(case, paste0(key, "|rate"), g$count / g$population * 1e5)
    emit(case, paste0(key, "|ci_low"), t$conf.int[1] * 1e5); emit(case, paste0(key, "|ci_high"), t$conf.int[2] * 1e5)
  }
  series <- split(groups, if (by_year) groups$year else rep(1, nrow(groups)))
  for (s in series) {
    s <- s[order(s$country), ]
    for (i in seq_len(nrow(s) - 1)) for (j in (i + 1):nrow(s)) {
      a <- s[i, ]; b <- s[j, ]
      if (is.na(a$population) || is.na(b$population)) next
      t <- poisson.test(c(a$count, b$count), c(a$population, b$population))
      key <- paste(if (by_year) a$year else "all", a$country, b$country, sep = "|")
      emit(case, paste0(key, "|rr"), t$estimate); emit(case, paste0(key, "|rr_low"), t$conf.int[1])
      emit(case, paste0(key, "|rr_high"), t$conf.int[2]); emit(case, paste0(key, "|rr_p"), t$p.value)
    }
  }
  if (by_year) for (cty in unique(groups$country)) {
    s <- subset(groups, country == cty & !is.na(population) & !is.na(count))
    if (nrow(s) < 3) next
    fit <- glm(count ~ year + offset(log(population)), family = poisson, data = s,
               control = glm.control(epsilon = 1e-12, maxit = 100))
    # R's standard errors come from the weights of the last IRLS step, one step behind the
    # final coefficients: they differ from the exact ones by ~1e-7 relative (compare with 1e-6).
    ci <- confint.default(fit)["year", ]
    emit(case, paste0(cty, "|apc"), 100 * (exp(coef(fit)[["year"]]) - 1))
    emit(case, paste0(cty, "|apc_low"), 100 * (exp(ci[[1]]) - 1)); emit(case, paste0(cty, "|apc_high"), 100 * (exp(ci[[2]]) - 1))
    emit(case, paste0(cty, "|apc_p"), summary(fit)$coefficients["year", 4]); emit(case, paste0(cty, "|deviance"), deviance(fit))
    # Quasi-Poisson (used when Pearson's dispersion is above 1): same slope, SE scaled by
    # sqrt(dispersion), t interval and t-test on the residual df.
    qfit <- glm(count ~ year + offset(log(population)), family = quasipoisson, data = s,
                control = glm.control(epsilon = 1e-12, maxit = 100))
    qs <- summary(qfit)
    q <- qt(0.975, df.residual(qfit)) * qs$coefficients["year", 2]
    emit(case, paste0(cty, "|dispersion"), qs$dispersion)
    emit(case, paste0(cty, "|qp_low"), 100 * expm1(coef(qfit)[["year"]] - q))
    emit(case, paste0(cty, "|qp_high"), 100 * expm1(coef(qfit)[["year"]] + q))
    emit(case, paste0(cty, "|qp_p"), qs$coefficients["year", 4])
  }
}

# Every country-year the incident register covers, with the count of matching cases (0 if none).
covered <- unique(inc[, c("country", "year")])
count_cases <- function(keep) {
  n <- aggregate(list(count = keep), inc[, c("country", "year")], sum)
  m <- merge(covered, n); m[order(m$country, m$year), ]
}
rate_case("incidents_0301_country_year", count_cases(substr(inc$iccs, 1, 4) == "0301"), TRUE, child_national)
rate_case("incidents_prosecuted_country", count_cases(inc$stage %in% c("prosecuted", "convicted")), FALSE, child_national)
nr <- subset(cnt, iccs == "0301" & unit == "NR")[, c("country", "year", "count")]
rate_case("counts_0301_all_country_year", nr[order(nr$country, nr$year), ], TRUE, all_ages)
lv <- subset(cnt, iccs == "03011" & country == "LV" & year >= 2018)[, c("country", "year", "count")]
rate_case("counts_03011_children_lv", lv[order(lv$year), ], TRUE, child_eurostat)

# Distribution: country x victim_sex with the missing category, and the total row.
sex <- ifelse(is.na(inc$victim_sex), "missing", inc$victim_sex)
tab <- table(inc$country, sex)
for (cty in rownames(tab)) for (s in colnames(tab)) emit("distribution_country_sex", paste(cty, s, sep = "|"), tab[cty, s])
for (s in colnames(tab)) emit("distribution_country_sex", paste("Total", s, sep = "|"), sum(tab[, s]))

versions <- data.frame(case = "_versions", key = R.version.string, value = "0")
write.csv(rbind(do.call(rbind, out), versions), "rates_expected.csv", row.names = FALSE, quote = FALSE)
