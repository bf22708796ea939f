# Reference values for ApiClus2AgreementTests, computed with R's survey package on its own
# public data set apiclus2 (data(api); the two-stage cluster sample of California schools:
# 40 of 757 districts, then up to 5 schools in each), under the design
#   svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = apiclus2)
# (weights implied by the two fpcs). The R and survey versions are recorded in the first rows
# of expected_apiclus2.csv.
# Run from this folder:  Rscript make_apiclus2_expected.R
# Writes data_apiclus2.csv (the columns sitan reads, NA = missing) and expected_apiclus2.csv
# (case,key,value): means, totals, proportions with every svyciprop method sitan offers,
# shares, svyby by school type, quantiles (svyquantile's defaults: qrule "math", interval
# "mean"), with SE, interval, df and design effects (deff = TRUE and deff = "replace").
suppressMessages(library(survey))
data(api)
options(survey.lonely.psu = "fail")
d <- apiclus2
d$yes <- as.numeric(d$sch.wide == "Yes")
d$awards <- as.numeric(d$awards == "Yes")
d$stypec <- as.integer(d$stype) - 1L # E = 0, H = 1, M = 2
write.csv(data.frame(id = seq_len(nrow(d)), dnum = d$dnum, snum = d$snum, fpc1 = d$fpc1, fpc2 = as.numeric(d$fpc2),
  api00 = d$api00, api99 = d$api99, enroll = d$enroll, yes = d$yes, awards = d$awards, stypec = d$stypec),
  "data_apiclus2.csv", row.names = FALSE, na = "NA")
des <- svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = d)
out <- list()
emit <- function(case, key, value) out[[length(out) + 1]] <<- data.frame(case = case, key = key, value = sprintf("%.17g", as.numeric(value)))
groups <- c("0", "1", "2")
sub <- lapply(0:2, function(g) subset(des, stypec == g))
df_all <- degf(des)
emit("design", "df", df_all)
emit("design", "weight_sum", sum(weights(des)))
for (g in 1:3) emit("design", sprintf("df[%s]", groups[g]), degf(sub[[g]]))
tci <- function(case, key, est, se, df, level = 0.95) {
  q <- qt(1 - (1 - level) / 2, df)
  emit(case, paste0(key, "_lo"), est - q * se); emit(case, paste0(key, "_hi"), est + q * se)
}
# ---- Means and totals of numeric variables (t interval on the design df)
for (v in c("api00", "api99", "enroll")) {
  f <- as.formula(paste0("~", v))
  m <- svymean(f, des, na.rm = TRUE, deff = TRUE); mr <- svymean(f, des, na.rm = TRUE, deff = "replace")
  emit("mean", v, coef(m)); emit("mean", paste0(v, "_se"), SE(m))
  emit("mean", paste0(v, "_deff"), deff(m)); emit("mean", paste0(v, "_deffr"), deff(mr))
  tci("mean", v, coef(m), SE(m), df_all)
}
t <- svytotal(~enroll, des, na.rm = TRUE, deff = TRUE); tr <- svytotal(~enroll, des, na.rm = TRUE, deff = "replace")
emit("total", "enroll", coef(t)); emit("total", "enroll_se", SE(t))
emit("total", "enroll_deff", deff(t)); emit("total", "enroll_deffr", deff(tr))
tci("total", "enroll", coef(t), SE(t), df_all)
# ---- Proportions: svymean of the 0/1 variable and svyciprop with each method sitan offers
methods <- c(logit = "xlogit", xlogit = "xlogit", asin = "asin", kornGraubard = "beta", mean = "mean", likelihood = "likelihood")
for (v in c("yes", "awards")) {
  f <- as.formula(paste0("~", v))
  p <- svymean(f, des, deff = TRUE); pr <- svymean(f, des, deff = "replace")
  emit("proportion", v, coef(p)); emit("proportion", paste0(v, "_se"), SE(p))
  emit("proportion", paste0(v, "_deff"), deff(p)); emit("proportion", paste0(v, "_deffr"), deff(pr))
  for (m in names(methods)) for (level in c(0.95, 0.9)) {
    ci <- attr(svyciprop(f, des, method = methods[[m]], level = level), "ci")
    emit("proportion", sprintf("%s_%s_%g_lo", v, m, level), ci[1]); emit("proportion", sprintf("%s_%s_%g_hi", v, m, level), ci[2])
  }
}
# ---- Shares of school type and the estimated number of schools of each type
s <- svymean(~factor(stypec), des, deff = TRUE); sr <- svymean(~factor(stypec), des, deff = "replace")
n <- svytotal(~factor(stypec), des, deff = TRUE); nr <- svytotal(~factor(stypec), des, deff = "replace")
for (j in 1:3) {
  key <- sprintf("[%s]", groups[j])
  emit("share", key, coef(s)[j]); emit("share", paste0("se", key), SE(s)[j])
  emit("share", paste0("deff", key), deff(s)[j]); emit("share", paste0("deffr", key), deff(sr)[j])
  ci <- attr(svyciprop(as.formula(sprintf("~I(stypec == %d)", j - 1)), des, method = "xlogit"), "ci")
  emit("share", paste0("lo", key), ci[1]); emit("share", paste0("hi", key), ci[2])
  emit("count", key, coef(n)[j]); emit("count", paste0("se", key), SE(n)[j])
  emit("count", paste0("deff", key), deff(n)[j]); emit("count", paste0("deffr", key), deff(nr)[j])
}
# ---- By school type (svyby): means with the t interval on each group's df, proportions
b <- svyby(~api00, ~stypec, des, svymean, deff = TRUE)
for (g in 1:3) {
  key <- sprintf("[%s]", groups[g])
  emit("by_mean", paste0("api00", key), b[g, "api00"]); emit("by_mean", paste0("api00_se", key), b[g, "se"])
  emit("by_mean", paste0("api00_deff", key), b[g, "DEff.api00"])
  tci("by_mean", paste0("api00", key), b[g, "api00"], b[g, "se"], degf(sub[[g]]))
}
bp <- svyby(~yes, ~stypec, des, svymean)
for (g in 1:3) {
  key <- sprintf("[%s]", groups[g])
  emit("by_proportion", paste0("yes", key), bp[g, "yes"]); emit("by_proportion", paste0("yes_se", key), bp[g, "se"])
  for (m in c("logit", "kornGraubard")) {
    ci <- attr(svyciprop(~yes, sub[[g]], method = methods[[m]]), "ci")
    emit("by_proportion", sprintf("yes_%s_lo%s", m, key), ci[1]); emit("by_proportion", sprintf("yes_%s_hi%s", m, key), ci[2])
  }
}
# ---- Quantiles (R >= 4.1 svyquantile: qrule "math", interval.type "mean", its default df)
probs <- c(0.25, 0.5, 0.75)
emitq <- function(case, q, suffix) {
  r <- q[[1]]
  for (i in seq_along(probs)) {
    key <- sprintf("%g%s", probs[i], suffix)
    emit(case, key, r[i, 1]); emit(case, paste0("lo", key), r[i, 2]); emit(case, paste0("hi", key), r[i, 3])
    emit(case, paste0("se", key), r[i, 4])
  }
}
emitq("quantile", svyquantile(~api00, des, probs, ci = TRUE), "")
for (g in 1:3) emitq("quantile", svyquantile(~api00, sub[[g]], probs, ci = TRUE), sprintf("[%s]", groups[g]))
versions <- data.frame(case = "_versions", key = c("R", "survey", "data"),
  value = c(R.version.string, as.character(packageVersion("survey")), "apiclus2 from survey's data(api)"))
write.csv(rbind(versions, do.call(rbind, out)), "expected_apiclus2.csv", row.names = FALSE, quote = FALSE)
