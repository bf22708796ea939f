# Reference values for AnalysisTests: --where domains, computed with R's survey package on the
# data sets of ../../SurveyStatisticsTests/Fixtures (written by make_expected.R there).
# Run from this folder:  Rscript make_domain_expected.R   (writes expected_domain.csv)
# A --where domain is R's subset(design, condition): the rows stay in the design's variance
# (nPSU per stratum unchanged), design df = degf(subset(design, condition)).
suppressMessages(library(survey))
options(survey.lonely.psu = "fail")
dir <- "../../SurveyStatisticsTests/Fixtures"
data <- function(name) read.csv(file.path(dir, paste0("data_", name, ".csv")))
strat <- data("strat"); clus1 <- data("clus1"); srs <- data("srs")
designs <- list(
  strat_cluster = svydesign(ids = ~psu, strata = ~stratum, weights = ~pw, fpc = ~fpcpsu, nest = TRUE, data = strat),
  clus1_fpc = svydesign(ids = ~psu, weights = ~pw, fpc = ~fpc, data = clus1),
  srs_unweighted = svydesign(ids = ~1, data = srs))
out <- list()
emit <- function(case, key, value) out[[length(out) + 1]] <<- data.frame(case = case, key = key, value = sprintf("%.17g", as.numeric(value)))

# Proportion of a binary variable in a domain, logit and beta CIs on the domain's df.
prop_case <- function(case, dname, y, cond) {
  des <- designs[[dname]]; sub <- subset(des, eval(cond, des$variables))
  df <- degf(sub); f <- as.formula(paste0("~", y))
  m <- svymean(f, sub, na.rm = TRUE, deff = TRUE)
  emit(case, "df", df); emit(case, "est", coef(m)); emit(case, "se", SE(m)); emit(case, "deff", deff(m))
  # svyciprop(na.rm = TRUE) on the domain: beta takes nrow and degf of the domain, missing
  # outcomes included
  for (method in c("xlogit", "likelihood", "asin", "beta", "mean")) {
    ci <- attr(svyciprop(f, sub, method = method, na.rm = TRUE), "ci")
    emit(case, paste0(method, "_lo"), ci[1]); emit(case, paste0(method, "_hi"), ci[2])
  }
}
prop_case("where_strat_cluster_yesm_stype1", "strat_cluster", "yesm", quote(stypec == 1))
prop_case("where_clus1_awards_stype02", "clus1_fpc", "awards", quote(stypec %in% c(0, 2)))

# Means by group inside a domain (svyby on the subset), t intervals on each group's domain df
# (degf of the group's subset, as svyby(..., svyciprop) uses for proportions).
mean_case <- function(case, dname, y, by, cond) {
  des <- designs[[dname]]; sub <- subset(des, eval(cond, des$variables))
  b <- svyby(as.formula(paste0("~", y)), as.formula(paste0("~", by)), sub, svymean, na.rm = TRUE, deff = TRUE)
  for (g in rownames(b)) {
    df <- degf(sub[sub$variables[[by]] == as.numeric(g), ])
    emit(case, sprintf("df[%s]", g), df)
    est <- b[g, y]; se <- b[g, "se"]
    emit(case, sprintf("est[%s]", g), est); emit(case, sprintf("se[%s]", g), se)
    emit(case, sprintf("deff[%s]", g), b[g, paste0("DEff.", y)])
    emit(case, sprintf("lo[%s]", g), est - qt(0.975, df) * se); emit(case, sprintf("hi[%s]", g), est + qt(0.975, df) * se)
  }
}
mean_case("where_strat_cluster_api00m_by_awards_stype12", "strat_cluster", "api00m", "awards", quote(stypec %in% c(1, 2)))

# Proportions by group as svyby(..., svyciprop, na.rm = TRUE): each group's df is the degf of
# its own subset (the same as asking for it with --where); "_inf" limits use df = Inf.
by_prop_case <- function(case, dname, y, by) {
  des <- designs[[dname]]; f <- as.formula(paste0("~", y))
  for (method in c("xlogit", "likelihood", "asin", "beta", "mean")) {
    b <- svyby(f, as.formula(paste0("~", by)), des, svyciprop, method = method, vartype = "ci", na.rm = TRUE)
    for (g in rownames(b)) {
      emit(case, sprintf("est[%s]", g), b[g, y])
      emit(case, sprintf("%s_lo[%s]", method, g), b[g, "ci_l"]); emit(case, sprintf("%s_hi[%s]", method, g), b[g, "ci_u"])
    }
  }
  for (method in c("xlogit", "mean")) {
    b <- svyby(f, as.formula(paste0("~", by)), des, svyciprop, method = method, vartype = "ci", na.rm = TRUE, df = Inf)
    for (g in rownames(b)) {
      emit(case, sprintf("%s_inf_lo[%s]", method, g), b[g, "ci_l"]); emit(case, sprintf("%s_inf_hi[%s]", method, g), b[g, "ci_u"])
    }
  }
  for (g in sort(unique(des$variables[[by]]))) emit(case, sprintf("df[%s]", g), degf(des[des$variables[[by]] == g, ]))
}
by_prop_case("by_strat_cluster_yesm_stype", "strat_cluster", "yesm", "stypec")

# Totals (svytotal) by group: binary (the number of 1s), categorical (per category) and numeric,
# with SE, deff and Wald limits on each group's domain df and on the normal quantile.
total_case <- function(case, dname, f, by, cond = NULL) {
  des <- designs[[dname]]; if (!is.null(cond)) des <- subset(des, eval(cond, des$variables))
  b <- svyby(f, as.formula(paste0("~", by)), des, svytotal, na.rm = TRUE, deff = TRUE)
  k <- (ncol(b) - 1) / 3
  normal <- confint(b)
  for (g in rownames(b)) {
    df <- degf(des[des$variables[[by]] == as.numeric(g), ])
    emit(case, sprintf("df[%s]", g), df)
    for (j in seq_len(k)) {
      est <- b[g, 1 + j]; se <- b[g, 1 + k + j]; key <- sprintf("[%s,%d]", g, j - 1)
      emit(case, paste0("est", key), est); emit(case, paste0("se", key), se); emit(case, paste0("deff", key), b[g, 1 + 2 * k + j])
      emit(case, paste0("lo", key), est - qt(0.975, df) * se); emit(case, paste0("hi", key), est + qt(0.975, df) * se)
      row <- (match(g, rownames(b)) - 1) + (j - 1) * nrow(b) + 1
      emit(case, paste0("lo_inf", key), normal[row, 1]); emit(case, paste0("hi_inf", key), normal[row, 2])
    }
  }
}
total_case("total_strat_cluster_yesm_by_stype", "strat_cluster", ~yesm, "stypec")
total_case("total_clus1_stypem_by_awards", "clus1_fpc", ~factor(stypem), "awards")
total_case("total_strat_cluster_api00m_by_awards_stype12", "strat_cluster", ~api00m, "awards", quote(stypec %in% c(1, 2)))

# Quantiles (svyquantile in survey 4.1.1, defaults qrule = "math", interval.type = "mean") of
# each group's subset with na.rm = TRUE: quantile, Woodruff limits and SE on the df of the
# group's respondents (R's default), and with df = Inf.
quantile_case <- function(case, dname, y, by, probs) {
  des <- designs[[dname]]; f <- as.formula(paste0("~", y))
  for (g in sort(unique(des$variables[[by]]))) {
    sub <- des[des$variables[[by]] == g, ]
    emit(case, sprintf("df[%s]", g), degf(sub[!is.na(sub$variables[[y]]), ]))
    for (normal in c(FALSE, TRUE)) {
      q <- if (normal) svyquantile(f, sub, probs, na.rm = TRUE, ci = TRUE, df = Inf) else svyquantile(f, sub, probs, na.rm = TRUE, ci = TRUE)
      m <- q[[1]]; tag <- if (normal) "_inf" else ""
      for (j in seq_along(probs)) {
        key <- sprintf("[%s,%g]", g, probs[j])
        emit(case, paste0("est", key), m[j, 1]); emit(case, paste0("lo", tag, key), m[j, 2])
        emit(case, paste0("hi", tag, key), m[j, 3]); emit(case, paste0("se", tag, key), m[j, 4])
      }
    }
  }
}
quantile_case("quantile_strat_cluster_api00m_by_stype", "strat_cluster", "api00m", "stypec", c(0.1, 0.25, 0.5, 0.9))
quantile_case("quantile_srs_unweighted_api00m_by_awards", "srs_unweighted", "api00m", "awards", c(0.01, 0.5, 0.75))
quantile_case("quantile_clus1_fpc_api00_by_awards", "clus1_fpc", "api00", "awards", c(0.5, 0.99))

# Category shares in a domain.
share_case <- function(case, dname, y, cond) {
  des <- designs[[dname]]; sub <- subset(des, eval(cond, des$variables))
  m <- svymean(as.formula(paste0("~factor(", y, ")")), sub, na.rm = TRUE, deff = TRUE)
  emit(case, "df", degf(sub))
  lv <- sort(unique(na.omit(sub$variables[[y]][weights(sub) > 0])))
  for (j in seq_along(lv)) {
    emit(case, sprintf("est[%d]", lv[j]), coef(m)[j]); emit(case, sprintf("se[%d]", lv[j]), SE(m)[j])
  }
}
share_case("where_clus1_stypem_awards1", "clus1_fpc", "stypem", quote(awards == 1))

# Unweighted: Wilson and Clopper-Pearson on the domain's counts.
y <- srs$yesm[srs$awards == 1 & !is.na(srs$yesm)]
w <- prop.test(sum(y), length(y), correct = FALSE)$conf.int; cp <- binom.test(sum(y), length(y))$conf.int
emit("where_srs_unweighted_yesm_awards1", "wilson_lo", w[1]); emit("where_srs_unweighted_yesm_awards1", "wilson_hi", w[2])
emit("where_srs_unweighted_yesm_awards1", "clopper_lo", cp[1]); emit("where_srs_unweighted_yesm_awards1", "clopper_hi", cp[2])
emit("where_srs_unweighted_yesm_awards1", "est", mean(y))

# Rao-Scott on a domain and on the whole design (svychisq), for compare.
chisq_case <- function(case, dname, f, cond = NULL) {
  des <- designs[[dname]]; if (!is.null(cond)) des <- subset(des, eval(cond, des$variables))
  a <- svychisq(f, des, statistic = "F"); b <- svychisq(f, des, statistic = "Chisq")
  emit(case, "F", a$statistic); emit(case, "F_ndf", a$parameter[1]); emit(case, "F_ddf", a$parameter[2]); emit(case, "F_p", a$p.value)
  emit(case, "X2", b$statistic); emit(case, "X2_p", b$p.value)
}
chisq_case("chisq_strat_cluster_yesm_stype", "strat_cluster", ~yesm + stypec)
chisq_case("chisq_clus1_stypem_awards", "clus1_fpc", ~stypem + awards)

# Differences of means between the levels of a variable, for compare: svycontrast on
# svyby(..., svymean, covmat = TRUE) (difference a - b, SE, t limits on the df of the compared
# domain, and normal limits as confint gives them), and svyttest on the subset of the two
# levels (R reports t of b - a; df = degf of that subset's respondents with an answer - 1).
ttest_case <- function(case, dname, y, across, cond = NULL) {
  des <- designs[[dname]]; if (!is.null(cond)) des <- subset(des, eval(cond, des$variables))
  # svyby(covmat = TRUE) fails on missing values: the respondents with an answer, as na.rm = TRUE
  answered <- des[!is.na(des$variables[[y]]), ]
  b <- svyby(as.formula(paste0("~", y)), as.formula(paste0("~", across)), answered, svymean, covmat = TRUE)
  lv <- rownames(b); df <- degf(des)
  emit(case, "df", df)
  for (i in seq_along(lv)) for (j in seq_along(lv)) if (i < j) {
    w <- rep(0, length(lv)); w[i] <- 1; w[j] <- -1
    con <- svycontrast(b, w); est <- coef(con); se <- SE(con); normal <- confint(con)
    key <- sprintf("[%s,%s]", lv[i], lv[j])
    emit(case, paste0("diff", key), est); emit(case, paste0("se", key), se)
    emit(case, paste0("lo", key), est - qt(0.975, df) * se); emit(case, paste0("hi", key), est + qt(0.975, df) * se)
    emit(case, paste0("lo_inf", key), normal[1]); emit(case, paste0("hi_inf", key), normal[2])
    pair <- des[des$variables[[across]] %in% as.numeric(lv[c(i, j)]), ]
    tt <- svyttest(as.formula(paste0(y, " ~ factor(", across, ")")), pair)
    emit(case, paste0("t", key), tt$statistic); emit(case, paste0("t_df", key), tt$parameter)
    emit(case, paste0("p", key), tt$p.value)
  }
}
ttest_case("ttest_strat_cluster_api00m_stype", "strat_cluster", "api00m", "stypec")
ttest_case("ttest_clus1_fpc_api00_awards", "clus1_fpc", "api00", "awards")
ttest_case("ttest_strat_cluster_api00m_awards_stype12", "strat_cluster", "api00m", "awards", quote(stypec %in% c(1, 2)))

versions <- data.frame(case = "_versions", key = c("R", "survey"),
  value = c(R.version.string, as.character(packageVersion("survey"))))
write.csv(rbind(versions, do.call(rbind, out)), "expected_domain.csv", row.names = FALSE, quote = FALSE)
