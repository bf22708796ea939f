# Reference values for survey regression (GLMTests in SurveyStatisticsTests, ModelAgreementTests
# in AnalysisTests), computed with R's survey package: svyglm, summary() and confint().
# Run from this folder:  Rscript make_glm_expected.R
# Writes data_model.csv (a synthetic stratified cluster sample of children in three countries)
# and expected_glm.csv (case,key,value; coefficients by their position in R's model matrix).
suppressMessages(library(survey))
options(survey.lonely.psu = "fail")

# ---- A stratified cluster sample: 6 strata (2 per country), 8 schools each, 25 pupils each ----
set.seed(20261130)
strata <- 6; per <- 8; pupils <- 25
n <- strata * per * pupils
stratum <- rep(0:(strata - 1), each = per * pupils)
psu <- rep(rep(seq_len(per), strata), each = pupils)  # PSU codes 1-8 in every stratum (nested)
school <- rep(seq_len(strata * per), each = pupils)
country <- stratum %/% 2L
sex <- rbinom(n, 1, 0.5)
agegroup <- sample(0:2, n, replace = TRUE, prob = c(0.3, 0.4, 0.3))
hours <- round(rgamma(n, 2, 0.5) + rnorm(strata * per, 0, 0.7)[school]^2, 2)
school_effect <- rnorm(strata * per, 0, 0.4)[school]
eta <- -2.2 + c(0, 0.4, -0.3)[country + 1] + 0.5 * sex + c(0, 0.3, 0.6)[agegroup + 1] + 0.08 * hours + school_effect
abuse <- rbinom(n, 1, plogis(eta))
score <- round(50 + c(0, 3, -2)[country + 1] - 4 * sex + 2 * agegroup + 0.9 * hours + 6 * school_effect + rnorm(n, 0, 8), 1)
pw <- round(c(120, 95, 210, 180, 400, 350)[stratum + 1] * runif(n, 0.8, 1.25), 3)
fpcpsu <- c(40, 36, 50, 44, 90, 75)[stratum + 1]
abuse[sample(n, 40)] <- NA
hours[sample(n, 30)] <- NA
score[sample(n, 35)] <- NA
model <- data.frame(id = seq_len(n), pw = pw, stratum = stratum, psu = psu, fpcpsu = fpcpsu,
  country = country, sex = sex, agegroup = agegroup, hours = hours, abuse = abuse, score = score)
write.csv(model, "data_model.csv", row.names = FALSE)

model <- read.csv("data_model.csv")
strat <- read.csv("data_strat.csv")
clus1 <- read.csv("data_clus1.csv")
clus2 <- read.csv("data_clus2.csv")
designs <- list(
  model = svydesign(ids = ~psu, strata = ~stratum, weights = ~pw, fpc = ~fpcpsu, nest = TRUE, data = model),
  model_nofpc = svydesign(ids = ~psu, strata = ~stratum, weights = ~pw, nest = TRUE, data = model),
  strat = svydesign(ids = ~1, strata = ~stratum, weights = ~pw, fpc = ~fpc, data = strat),
  clus1 = svydesign(ids = ~psu, weights = ~pw, fpc = ~fpc, data = clus1),
  clus2 = svydesign(ids = ~dnum + snum, fpc = ~fpc1 + fpc2, data = clus2))

out <- list()
emit <- function(case, key, value) {
  out[[length(out) + 1]] <<- data.frame(case = case, key = key, value = sprintf("%.17g", as.numeric(value)))
}
# One case: the fit on the design (or its subset), then what summary() and confint() print.
fit_case <- function(case, dname, formula, family, where = NULL) {
  des <- designs[[dname]]
  if (!is.null(where)) des <- subset(des, eval(where, des$variables))
  m <- svyglm(formula, design = des, family = family)
  s <- summary(m)$coefficients
  ci <- confint(m)
  v <- vcov(m)
  emit(case, "df", m$df.residual)
  emit(case, "p", length(coef(m)))
  for (j in seq_along(coef(m))) {
    k <- sprintf("[%d]", j - 1)
    emit(case, paste0("coef", k), s[j, 1]); emit(case, paste0("se", k), s[j, 2])
    emit(case, paste0("t", k), s[j, 3]); emit(case, paste0("pvalue", k), s[j, 4])
    emit(case, paste0("lower", k), ci[j, 1]); emit(case, paste0("upper", k), ci[j, 2])
    emit(case, paste0("cov", k), v[j, 1])
    if (family$family == "quasibinomial") {
      emit(case, paste0("or", k), exp(s[j, 1]))
      emit(case, paste0("or_lower", k), exp(ci[j, 1])); emit(case, paste0("or_upper", k), exp(ci[j, 2]))
    }
  }
}
predictors <- ~ factor(country) + factor(sex) + factor(agegroup) + hours
fit_case("model_logit", "model", update(predictors, abuse ~ .), quasibinomial())
fit_case("model_gauss", "model", update(predictors, score ~ .), gaussian())
fit_case("model_logit_nofpc", "model_nofpc", update(predictors, abuse ~ .), quasibinomial())
fit_case("model_logit_girls", "model", abuse ~ factor(country) + factor(agegroup) + hours, quasibinomial(),
  where = quote(sex == 0))
fit_case("model_gauss_lt_pl", "model", score ~ factor(country) + factor(sex) + hours, gaussian(),
  where = quote(country %in% c(1, 2)))
fit_case("strat_gauss", "strat", api00m ~ factor(stypec) + awards, gaussian())
fit_case("strat_logit", "strat", yes ~ factor(stypec) + api00, quasibinomial())
fit_case("clus1_logit", "clus1", awards ~ api00 + factor(stypem), quasibinomial())
fit_case("clus1_gauss", "clus1", api00 ~ factor(stypec) + yes, gaussian())
fit_case("clus2_logit", "clus2", yes ~ api00 + factor(stypec), quasibinomial())

versions <- data.frame(case = "_versions", key = c("R", "survey"),
  value = c(R.version.string, as.character(packageVersion("survey"))))
write.csv(rbind(versions, do.call(rbind, out)), "expected_glm.csv", row.names = FALSE, quote = FALSE)
