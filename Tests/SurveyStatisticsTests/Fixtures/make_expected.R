# Reference values for SurveyStatisticsTests, computed with R's survey package (Lumley).
# Run from this folder:  Rscript make_expected.R
# Writes the input data (data_*.csv), the list of cases (cases.csv) and the expected values
# (expected.csv: case,key,value). Versions of R and survey are recorded in expected.csv.
suppressMessages(library(survey))
data(api)
options(survey.lonely.psu = "fail", survey.adjust.domain.lonely = FALSE)
out <- list()
emit <- function(case, key, value) {
  out[[length(out) + 1]] <<- data.frame(case = case, key = key, value = sprintf("%.17g", as.numeric(value)))
}
cases <- list()
add_case <- function(case, data, statistic, variable, group = "", design = "", lonely = "fail",
                     adl = FALSE, extra = "") {
  cases[[length(cases) + 1]] <<- data.frame(case = case, data = data, design = design, lonely = lonely,
    adl = adl, statistic = statistic, variable = variable, group = group, extra = extra)
}

# ---- Input data: numeric codes only, NA = missing --------------------------------------
prep <- function(d, stratum, psu, fpc) {
  id <- seq_len(nrow(d))
  miss <- id %% 7 == 0
  data.frame(id = id, pw = d$pw, fpc = fpc, stratum = stratum, psu = psu,
    api00 = d$api00, api00m = ifelse(miss, NA, d$api00),
    yes = as.numeric(d$sch.wide == "Yes"), yesm = ifelse(miss, NA, as.numeric(d$sch.wide == "Yes")),
    awards = as.numeric(d$awards == "Yes"),
    stypec = as.integer(d$stype) - 1L, stypem = ifelse(id %% 5 == 0, NA, as.integer(d$stype) - 1L))
}
srs <- prep(apisrs, 0L, apisrs$snum, apisrs$fpc)
strat <- prep(apistrat, as.integer(apistrat$stype) - 1L, apistrat$dnum, apistrat$fpc)
ndist <- tapply(apistrat$dnum, apistrat$stype, function(x) length(unique(x)))
strat$fpcpsu <- 3 * ndist[as.integer(apistrat$stype)] + 7
clus1 <- prep(apiclus1, 0L, apiclus1$dnum, apiclus1$fpc)
dn <- sort(unique(apiclus1$dnum))
lstr <- c(rep(0, 4), rep(1, 5), rep(2, 4), 3, 4)
clus1$lstratum <- lstr[match(apiclus1$dnum, dn)]
clus1$lfpc <- c(10, 12, 9, 1, 3)[clus1$lstratum + 1]
datasets <- list(srs = srs, strat = strat, clus1 = clus1)
for (nm in names(datasets)) write.csv(datasets[[nm]], paste0("data_", nm, ".csv"), row.names = FALSE, na = "NA")

designs <- list(
  srs_nofpc = function(d) svydesign(ids = ~1, weights = ~pw, data = d),
  srs_fpc = function(d) svydesign(ids = ~1, weights = ~pw, fpc = ~fpc, data = d),
  srs_unweighted = function(d) svydesign(ids = ~1, data = d),
  strat_fpc = function(d) svydesign(ids = ~1, strata = ~stratum, weights = ~pw, fpc = ~fpc, data = d),
  strat_cluster = function(d) svydesign(ids = ~psu, strata = ~stratum, weights = ~pw, fpc = ~fpcpsu, nest = TRUE, data = d),
  strat_cluster_nofpc = function(d) svydesign(ids = ~psu, strata = ~stratum, weights = ~pw, nest = TRUE, data = d),
  clus1_fpc = function(d) svydesign(ids = ~psu, weights = ~pw, fpc = ~fpc, data = d),
  lonely = function(d) svydesign(ids = ~psu, strata = ~lstratum, weights = ~pw, nest = TRUE, data = d),
  lonely_fpc = function(d) svydesign(ids = ~psu, strata = ~lstratum, weights = ~pw, fpc = ~lfpc, nest = TRUE, data = d))
design_data <- c(srs_nofpc = "srs", srs_fpc = "srs", srs_unweighted = "srs", strat_fpc = "strat",
  strat_cluster = "strat", strat_cluster_nofpc = "strat", clus1_fpc = "clus1", lonely = "clus1", lonely_fpc = "clus1")

# ---- Estimates: svymean / svytotal / svyby with deff ---------------------------------------
make_design <- function(dname, lonely, adl) {
  options(survey.lonely.psu = lonely, survey.adjust.domain.lonely = adl)
  designs[[dname]](datasets[[design_data[[dname]]]])
}
stat_columns <- function(statistic, variable, d) {
  if (statistic == "share") {
    lv <- sort(unique(na.omit(d[[variable]])))
    list(formula = as.formula(paste0("~factor(", variable, ")")), names = paste0("factor(", variable, ")", lv), cats = lv)
  } else list(formula = as.formula(paste0("~", variable)), names = variable, cats = 0)
}
run_est <- function(case, dname, statistic, variable, group = "", lonely = "fail", adl = FALSE) {
  add_case(case, design_data[[dname]], statistic, variable, group, dname, lonely, adl)
  des <- make_design(dname, lonely, adl)
  sc <- stat_columns(statistic, variable, des$variables)
  FUN <- if (statistic == "total") svytotal else svymean
  emit(case, "df", degf(des))
  if (group == "") {
    r1 <- FUN(sc$formula, des, na.rm = TRUE, deff = TRUE)
    r2 <- FUN(sc$formula, des, na.rm = TRUE, deff = "replace")
    for (j in seq_along(sc$cats)) {
      key <- sprintf("[0,%d]", sc$cats[j])
      emit(case, paste0("est", key), coef(r1)[j]); emit(case, paste0("se", key), SE(r1)[j])
      emit(case, paste0("deff", key), deff(r1)[j]); emit(case, paste0("deffr", key), deff(r2)[j])
    }
    return(invisible())
  }
  by <- as.formula(paste0("~", group))
  b1 <- svyby(sc$formula, by, des, FUN, na.rm = TRUE, deff = TRUE)
  b2 <- svyby(sc$formula, by, des, FUN, na.rm = TRUE, deff = "replace")
  for (g in rownames(b1)) for (j in seq_along(sc$cats)) {
    key <- sprintf("[%s,%d]", g, sc$cats[j]); nm <- sc$names[j]
    emit(case, paste0("est", key), b1[g, nm]); sn <- if (length(sc$names) > 1) paste0("se.", nm) else "se"
    emit(case, paste0("se", key), b1[g, sn]); dn <- paste0("DEff.", nm)
    emit(case, paste0("deff", key), b1[g, dn]); emit(case, paste0("deffr", key), b2[g, dn])
  }
}
for (dname in c("srs_nofpc", "srs_fpc", "strat_fpc", "strat_cluster", "clus1_fpc")) {
  run_est(paste0(dname, "_mean_api00"), dname, "mean", "api00")
  run_est(paste0(dname, "_total_api00m"), dname, "total", "api00m")
  run_est(paste0(dname, "_prop_yes"), dname, "proportion", "yes")
  run_est(paste0(dname, "_prop_yesm_by_stype"), dname, "proportion", "yesm", "stypec")
  run_est(paste0(dname, "_mean_api00m_by_awards"), dname, "mean", "api00m", "awards")
  run_est(paste0(dname, "_share_stypem"), dname, "share", "stypem")
  run_est(paste0(dname, "_share_stypem_by_awards"), dname, "share", "stypem", "awards")
}
for (lonely in c("remove", "adjust", "average", "certainty")) for (adl in c(FALSE, TRUE)) {
  tag <- paste0(lonely, if (adl) "_adl" else "")
  run_est(paste0("lonely_", tag, "_mean_api00m"), "lonely", "mean", "api00m", "", lonely, adl)
  run_est(paste0("lonely_", tag, "_prop_yesm_by_stype"), "lonely", "proportion", "yesm", "stypec", lonely, adl)
  run_est(paste0("lonelyfpc_", tag, "_mean_api00m_by_stype"), "lonely_fpc", "mean", "api00m", "stypec", lonely, adl)
}
add_case("lonely_fail_mean_api00m", "clus1", "mean", "api00m", "", "lonely", "fail")
emit("lonely_fail_mean_api00m", "error", as.numeric(inherits(try(svymean(~api00m, make_design("lonely", "fail", FALSE),
  na.rm = TRUE), silent = TRUE), "try-error")))

# ---- Proportion CIs: svyciprop on the domain as svyby(..., svyciprop, na.rm = TRUE) computes
# it: the group's subset design (rows with a missing outcome kept), df = degf of that subset
# (the default), beta with nrow and degf of that subset; "_inf" limits use df = Inf (normal).
run_ci <- function(case, dname, variable, group = "", lonely = "fail", adl = FALSE) {
  add_case(case, design_data[[dname]], "ci", variable, group, dname, lonely, adl)
  des <- make_design(dname, lonely, adl)
  v <- des$variables
  levels <- if (group == "") 0 else sort(unique(v[[group]]))
  f <- as.formula(paste0("~", variable))
  for (g in levels) {
    keep <- if (group == "") rep(TRUE, nrow(v)) else v[[group]] == g
    sub <- des[keep, ]
    emit(case, sprintf("domain_df[%d]", g), degf(sub))
    for (level in c(0.95, 0.90)) for (m in c("logit", "xlogit", "asin", "beta", "mean")) {
      ci <- attr(svyciprop(f, sub, method = m, level = level, na.rm = TRUE), "ci")
      emit(case, sprintf("ci_%s_%g_lo[%d]", m, level, g), ci[1]); emit(case, sprintf("ci_%s_%g_hi[%d]", m, level, g), ci[2])
    }
    for (m in c("xlogit", "asin", "mean")) {
      ci <- attr(svyciprop(f, sub, method = m, level = 0.95, df = Inf, na.rm = TRUE), "ci")
      emit(case, sprintf("ci_%s_inf_lo[%d]", m, g), ci[1]); emit(case, sprintf("ci_%s_inf_hi[%d]", m, g), ci[2])
    }
  }
}
run_ci("ci_srs_fpc_yes", "srs_fpc", "yes")
run_ci("ci_strat_cluster_yesm_by_stype", "strat_cluster", "yesm", "stypec")
run_ci("ci_clus1_awards_by_stype", "clus1_fpc", "awards", "stypec")
run_ci("ci_lonely_average_yesm_by_stype", "lonely", "yesm", "stypec", "average")
# p = 0 and p = 1 domains for the beta method (logit is undefined there)
clus1$allyes <- as.numeric(clus1$stypec != 1)
datasets$clus1 <- clus1
write.csv(clus1, "data_clus1.csv", row.names = FALSE, na = "NA")
add_case("ci_beta_extremes", "clus1", "ci_beta", "allyes", "stypec", "clus1_fpc")
des <- make_design("clus1_fpc", "fail", FALSE)
# R returns NaN when p is 0 or 1 (variance 0); sitan then uses n_eff = n (NCHS convention)
# before the same df adjustment and beta quantiles: the reference below is that formula in R.
kg_extreme <- function(sub, level, df) {
  p <- coef(svymean(~allyes, sub)); n <- nrow(sub); a <- 1 - level
  neff <- if (p == 0 || p == 1) n else p * (1 - p) / vcov(svymean(~allyes, sub))[1]
  neff <- neff * (qt(a / 2, n - 1) / qt(a / 2, df))^2
  c(qbeta(a / 2, neff * p, neff * (1 - p) + 1), qbeta(1 - a / 2, neff * p + 1, neff * (1 - p)))
}
for (g in 0:2) for (level in c(0.95, 0.90)) {
  sub <- des[des$variables$stypec == g, ]
  ci <- attr(svyciprop(~allyes, sub, method = "beta", level = level, df = degf(des)), "ci")
  if (anyNA(ci)) ci <- kg_extreme(sub, level, degf(sub))  # svyciprop uses degf of its design
  emit("ci_beta_extremes", sprintf("ci_beta_%g_lo[%d]", level, g), ci[1]); emit("ci_beta_extremes", sprintf("ci_beta_%g_hi[%d]", level, g), ci[2])
}
# Unweighted: Wilson (prop.test, correct = FALSE) and Clopper-Pearson (binom.test)
add_case("ci_unweighted_yes_by_stype", "srs", "ci_unweighted", "yesm", "stypec", "srs_unweighted")
for (g in 0:2) {
  y <- srs$yesm[srs$stypec == g & !is.na(srs$yesm)]
  for (level in c(0.95, 0.90)) {
    w <- prop.test(sum(y), length(y), correct = FALSE, conf.level = level)$conf.int
    cp <- binom.test(sum(y), length(y), conf.level = level)$conf.int
    emit("ci_unweighted_yes_by_stype", sprintf("ci_wilson_%g_lo[%d]", level, g), w[1]); emit("ci_unweighted_yes_by_stype", sprintf("ci_wilson_%g_hi[%d]", level, g), w[2])
    emit("ci_unweighted_yes_by_stype", sprintf("ci_clopper_%g_lo[%d]", level, g), cp[1]); emit("ci_unweighted_yes_by_stype", sprintf("ci_clopper_%g_hi[%d]", level, g), cp[2])
  }
}

# ---- Rao-Scott (svychisq) and unweighted Pearson --------------------------------------------
run_chisq <- function(case, dname, rowvar, colvar) {
  add_case(case, design_data[[dname]], "chisq", rowvar, colvar, dname)
  des <- make_design(dname, "fail", FALSE)
  f <- as.formula(paste0("~", rowvar, "+", colvar))
  a <- svychisq(f, des, statistic = "F"); b <- svychisq(f, des, statistic = "Chisq")
  emit(case, "F", a$statistic); emit(case, "F_ndf", a$parameter[1]); emit(case, "F_ddf", a$parameter[2]); emit(case, "F_p", a$p.value)
  emit(case, "X2", b$statistic); emit(case, "X2_df", b$parameter[1]); emit(case, "X2_p", b$p.value)
  v <- des$variables; t <- table(v[[rowvar]], v[[colvar]])
  p <- suppressWarnings(chisq.test(t, correct = FALSE))
  emit(case, "pearson", p$statistic); emit(case, "pearson_df", p$parameter); emit(case, "pearson_p", p$p.value)
  emit(case, "cramer_v", sqrt(p$statistic / (sum(t) * (min(dim(t)) - 1))))
}
run_chisq("chisq_srs_fpc_yes_stype", "srs_fpc", "yes", "stypec")
run_chisq("chisq_strat_cluster_yesm_stype", "strat_cluster", "yesm", "stypec")
run_chisq("chisq_clus1_stypem_awards", "clus1_fpc", "stypem", "awards")
run_chisq("chisq_strat_fpc_stypem_awards", "strat_fpc", "stypem", "awards")

# ---- Contrasts between domains: svycontrast on svyby(covmat = TRUE) / svyglm ---------------
run_contrast <- function(case, dname, variable, group) {
  add_case(case, design_data[[dname]], "contrast", variable, group, dname)
  des <- make_design(dname, "fail", FALSE)
  fit <- svyglm(as.formula(paste0(variable, " ~ 0 + factor(", group, ")")), des)
  est <- coef(fit); V <- vcov(fit); df <- degf(des); q <- qt(0.975, df)
  lv <- sort(unique(des$variables[[group]][!is.na(des$variables[[variable]])]))
  names(est) <- paste0("g", lv); dimnames(V) <- list(names(est), names(est))
  for (i in seq_along(lv)) for (j in seq_along(lv)) emit(case, sprintf("cov[%d,%d]", lv[i], lv[j]), V[i, j])
  st <- structure(est, var = V, class = "svystat", statistic = "mean")
  for (i in seq_along(lv)) for (j in seq_along(lv)) if (i < j) {
    a <- names(est)[i]; b <- names(est)[j]; key <- sprintf("[%d,%d]", lv[i], lv[j])
    d <- svycontrast(st, setNames(c(1, -1), c(a, b)))
    emit(case, paste0("diff", key), coef(d)); emit(case, paste0("diff_se", key), SE(d))
    emit(case, paste0("diff_lo", key), coef(d) - q * SE(d)); emit(case, paste0("diff_hi", key), coef(d) + q * SE(d))
    emit(case, paste0("diff_p", key), 2 * pt(-abs(coef(d) / SE(d)), df))
    rr <- svycontrast(st, substitute(log(A / B), list(A = as.name(a), B = as.name(b))))
    emit(case, paste0("rr", key), exp(coef(rr))); emit(case, paste0("rr_lo", key), exp(coef(rr) - q * SE(rr))); emit(case, paste0("rr_hi", key), exp(coef(rr) + q * SE(rr)))
    or <- svycontrast(st, substitute(log(A / (1 - A)) - log(B / (1 - B)), list(A = as.name(a), B = as.name(b))))
    emit(case, paste0("or", key), exp(coef(or))); emit(case, paste0("or_lo", key), exp(coef(or) - q * SE(or))); emit(case, paste0("or_hi", key), exp(coef(or) + q * SE(or)))
  }
  if (!anyNA(des$variables[[variable]])) {  # svyby(covmat = TRUE) agrees with svyglm
    b <- svyby(as.formula(paste0("~", variable)), as.formula(paste0("~", group)), des, svymean, covmat = TRUE)
    stopifnot(max(abs(vcov(b) - V)) < 1e-12 * max(abs(V)))
  }
}
run_contrast("contrast_strat_cluster_yesm_stype", "strat_cluster", "yesm", "stypec")
run_contrast("contrast_clus1_yes_stype", "clus1_fpc", "yes", "stypec")
run_contrast("contrast_srs_fpc_awards_stype", "srs_fpc", "awards", "stypec")

# ---- Write ---------------------------------------------------------------------------------
versions <- data.frame(case = "_versions", key = c("R", "survey"),
  value = c(R.version.string, as.character(packageVersion("survey"))))
write.csv(rbind(versions, do.call(rbind, out)), "expected.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, cases), "cases.csv", row.names = FALSE, quote = FALSE)
