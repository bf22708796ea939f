# Reference values for multi-stage designs (MultistageTests), computed with R's survey package
# on its two-stage cluster sample apiclus2 (districts, then schools in them).
# Run from this folder:  Rscript make_multistage_expected.R
# Writes data_clus2.csv and expected_multistage.csv (case,key,value).
suppressMessages(library(survey))
data(api)
options(survey.lonely.psu = "fail")
d <- apiclus2
id <- seq_len(nrow(d))
clus2 <- data.frame(
  id = id, dnum = d$dnum, snum = d$snum, fpc1 = d$fpc1, fpc2 = d$fpc2,
  # fractions for the same design; unequal weights; two strata of districts with their own N
  f1 = 40 / d$fpc1, f2 = ave(d$snum, d$dnum, FUN = length) / d$fpc2,
  w = d$pw * (1 + (id %% 3) / 10), st = d$dnum %% 2, fpc1s = ifelse(d$dnum %% 2 == 0, 400, 357),
  api00 = d$api00, enroll = d$enroll, yes = as.numeric(d$sch.wide == "Yes"), stypec = as.integer(d$stype) - 1L)
write.csv(clus2, "data_clus2.csv", row.names = FALSE)

designs <- list(
  implied = svydesign(ids = ~dnum + snum, fpc = ~fpc1 + fpc2, data = clus2),
  fractions = svydesign(ids = ~dnum + snum, fpc = ~f1 + f2, weights = ~w, data = clus2),
  weighted = svydesign(ids = ~dnum + snum, fpc = ~fpc1 + fpc2, weights = ~w, data = clus2),
  stratified = svydesign(ids = ~dnum + snum, strata = ~st, fpc = ~fpc1s + fpc2, data = clus2, nest = TRUE),
  nofpc = svydesign(ids = ~dnum + snum, weights = ~w, data = clus2))
out <- list()
emit <- function(case, key, value) out[[length(out) + 1]] <<- data.frame(case = case, key = key, value = sprintf("%.17g", as.numeric(value)))
for (name in names(designs)) {
  des <- designs[[name]]
  emit(name, "df", degf(des))
  emit(name, "weight_sum", sum(weights(des)))
  m <- svymean(~api00, des); emit(name, "mean_api00", coef(m)); emit(name, "mean_api00_se", SE(m))
  t <- svytotal(~enroll, des, na.rm = TRUE); emit(name, "total_enroll", coef(t)); emit(name, "total_enroll_se", SE(t))
  p <- svymean(~yes, des); emit(name, "prop_yes", coef(p)); emit(name, "prop_yes_se", SE(p))
  s <- svymean(~factor(stypec), des)
  for (j in seq_along(coef(s))) { emit(name, sprintf("share[%d]", j - 1), coef(s)[j]); emit(name, sprintf("share_se[%d]", j - 1), SE(s)[j]) }
  b <- svyby(~api00, ~stypec, des, svymean, covmat = TRUE)
  v <- vcov(b)
  for (g in rownames(b)) {
    emit(name, sprintf("by_mean[%s]", g), b[g, "api00"]); emit(name, sprintf("by_se[%s]", g), b[g, "se"])
  }
  emit(name, "by_cov[0,1]", v[1, 2])
}
versions <- data.frame(case = "_versions", key = c("R", "survey"),
  value = c(R.version.string, as.character(packageVersion("survey"))))
write.csv(rbind(versions, do.call(rbind, out)), "expected_multistage.csv", row.names = FALSE, quote = FALSE)
