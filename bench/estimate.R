# Benchmark partner of bench/estimate.sh (R survey as the reference).
#   Rscript estimate.R generate OUT.csv [ROWS]   write synthetic respondents
#   Rscript estimate.R svyby IN.csv              svyby(~y, ~country + sex, design, svymean)
#   Rscript estimate.R svyglm IN.csv             svyglm(y ~ country + sex, design, family = quasibinomial())
# Design: 20 strata × 20 PSUs (400 PSUs), weights varying by PSU, 3 countries, 2 sexes, a binary y.
args <- commandArgs(trailingOnly = TRUE)
if (args[1] == "generate") {
  set.seed(20261129)
  n <- if (length(args) >= 3) as.integer(args[3]) else 1000000L
  psu <- sample.int(400L, n, replace = TRUE)          # PSU 1..400, nested in strata
  stratum <- (psu - 1L) %/% 20L + 1L                  # 20 strata of 20 PSUs
  country <- (stratum - 1L) %% 3L + 1L                # 1 LV, 2 LT, 3 PL
  sex <- sample.int(2L, n, replace = TRUE)            # 1 male, 2 female
  w <- round(50 + 10 * (psu %% 7) + runif(n, 0, 5), 3)
  p <- 0.08 + 0.04 * (sex == 2) + 0.01 * country + 0.03 * ((psu %% 5) / 4)
  y <- as.integer(runif(n) < p)
  y[sample.int(n, n %/% 50)] <- NA                    # 2% item non-response
  d <- data.frame(id = seq_len(n), w = w, stratum = stratum, psu = psu, country = country, sex = sex, y = y)
  write.csv(d, args[2], row.names = FALSE, na = "")
} else {
  suppressMessages(library(survey))
  start <- proc.time()[["elapsed"]]
  d <- read.csv(args[2])
  d$country <- factor(d$country, 1:3, c("LV", "LT", "PL")); d$sex <- factor(d$sex, 1:2, c("male", "female"))
  loaded <- proc.time()[["elapsed"]]
  des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w, nest = TRUE, data = d)
  if (args[1] == "svyglm") {
    m <- svyglm(y ~ country + sex, des, family = quasibinomial())
    s <- summary(m)$coefficients
    ci <- confint(m)
    done <- proc.time()[["elapsed"]]
    print(s)
    cat(sprintf("R_COEF %d %.17g %.17g %.17g\n", seq_len(nrow(s)) - 1L, s[, 1], s[, 2], ci[, 1]), sep = "")
    cat(sprintf("R_READ_SECONDS %.3f\nR_SVYGLM_SECONDS %.3f\n", loaded - start, done - loaded))
  } else {
    r <- svyby(~y, ~country + sex, des, svymean, na.rm = TRUE)
    done <- proc.time()[["elapsed"]]
    print(r)
    cat(sprintf("R_READ_SECONDS %.3f\nR_SVYBY_SECONDS %.3f\n", loaded - start, done - loaded))
  }
}
