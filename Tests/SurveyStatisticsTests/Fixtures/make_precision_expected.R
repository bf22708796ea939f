# Reference values for the variance sums on large values (PrecisionTests), computed with R's
# survey package. Values near 1e8 with noise of a few units, and weights of very different
# size per stratum: a one-pass Σu² − (Σu)²/n loses every digit of these variances.
# Run from this folder:  Rscript make_precision_expected.R
# Writes data_precision.csv (exact doubles, %.17g) and expected_precision.csv (case,key,value).
suppressMessages(library(survey))
options(survey.lonely.psu = "fail")
n <- 60
id <- seq_len(n)
stratum <- id %% 3
# Exactly representable: 1e8 plus eighths.
y <- 1e8 + ((id * 37) %% 11) / 8
constant <- rep(123456789.125, n)
w_equal <- rep(10, n)
w_spread <- c(1e-3, 1, 1e6)[stratum + 1]
d <- data.frame(id = id, stratum = stratum, y = sprintf("%.17g", y), constant = sprintf("%.17g", constant),
  w_equal = w_equal, w_spread = sprintf("%.17g", w_spread), group = id %% 2)
write.csv(d, "data_precision.csv", row.names = FALSE, quote = FALSE)
designs <- list(
  srs_equal = svydesign(ids = ~1, weights = ~w_equal, data = data.frame(y, constant, w_equal, group = id %% 2)),
  srs_spread = svydesign(ids = ~1, weights = ~w_spread, data = data.frame(y, constant, w_spread, group = id %% 2)),
  strat_spread = svydesign(ids = ~1, strata = ~stratum, weights = ~w_spread,
    data = data.frame(y, constant, w_spread, stratum, group = id %% 2)))
out <- list()
emit <- function(case, key, value) out[[length(out) + 1]] <<- data.frame(case = case, key = key, value = sprintf("%.17g", as.numeric(value)))
for (name in names(designs)) {
  des <- designs[[name]]
  for (v in c("y", "constant")) {
    f <- as.formula(paste0("~", v))
    m <- svymean(f, des); emit(name, paste0("mean_", v), coef(m)); emit(name, paste0("mean_", v, "_se"), SE(m))
    t <- svytotal(f, des); emit(name, paste0("total_", v), coef(t)); emit(name, paste0("total_", v, "_se"), SE(t))
    b <- svyby(f, ~group, des, svytotal)
    for (g in rownames(b)) { emit(name, sprintf("by_total_%s[%s]", v, g), b[g, v]); emit(name, sprintf("by_total_%s_se[%s]", v, g), b[g, "se"]) }
  }
}
# The quantile rule (qrule "math") where the smallest value's weight share alone exceeds p:
# R takes the next value (survey:::qs starts at position 1 when no cumulative share is <= p).
qd <- svydesign(ids = ~1, weights = ~w, data = data.frame(x = c(1, 2, 3, 4), w = c(5, 1, 1, 1)))
for (p in c(0.1, 0.5, 0.625, 0.7, 0.9)) emit("quantile_rule", sprintf("q%g", p), svyquantile(~x, qd, p, ci = FALSE)[[1]][1])
versions <- data.frame(case = "_versions", key = c("R", "survey"),
  value = c(R.version.string, as.character(packageVersion("survey"))))
write.csv(rbind(versions, do.call(rbind, out)), "expected_precision.csv", row.names = FALSE, quote = FALSE)
