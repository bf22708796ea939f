# A Polish police register export for the trend attack (Windows-1250, semicolons, dd.MM.yyyy):
# one row per recorded case of art. 200 k.k. (ICCS 030113), overdispersed yearly counts
# 2014-2023, and the children by year, sex and age. Then R's reference: glm(count ~ year +
# offset(log(pop)), family = poisson) and quasipoisson, written to expected.csv: converged to the
# maximum-likelihood estimate (epsilon 1e-13, refitted from its own estimate, as sitan fits it), and
# as a plain glm() call with R's default epsilon 1e-8 (rows *_default), whose standard error comes
# from the working weights of the last iteration and so differs from the converged one in the
# 9th-10th digit.
# Run here: Rscript make.R
set.seed(2027)
years <- 2014:2023
pop <- round(3400000 * (1 - 0.01 * (years - 2014)))
counts <- c(41, 58, 39, 71, 52, 80, 47, 95, 66, 88)
rows <- do.call(rbind, lapply(seq_along(years), function(k) {
  n <- counts[k]
  data.frame(data_zgłoszenia = sprintf("%02d.%02d.%d", sample(1:28, n, TRUE), sample(1:12, n, TRUE), years[k]),
    artykuł = "200", wiek_ofiary = sample(5:14, n, TRUE), płeć_ofiary = sample(c("K", "M"), n, TRUE, prob = c(.75, .25)),
    etap = "1")
}))
con <- file("pl-policja.csv", encoding = "windows-1250")
write.table(rows, con, sep = ";", row.names = FALSE, quote = FALSE)
ages <- 0:17
p <- do.call(rbind, lapply(seq_along(years), function(k) {
  share <- rep(pop[k] / 36, 36); share <- round(share)
  share[36] <- pop[k] - sum(share[-36])
  data.frame(stan_na = sprintf("31.12.%d", years[k]), płeć = rep(c("mężczyźni", "kobiety"), each = 18), wiek = rep(ages, 2),
    liczba = share)
}))
con <- file("pl-ludnosc.csv", encoding = "windows-1250")
write.table(p, con, sep = ";", row.names = FALSE, quote = FALSE)
d <- data.frame(year = years, count = counts, pop = pop)
out <- list()
fits <- list()
for (fam in c("poisson", "quasipoisson")) {
  tight <- glm.control(epsilon = 1e-13, maxit = 100)
  fit <- glm(count ~ year + offset(log(pop)), family = fam, data = d, control = tight)
  fits[[fam]] <- glm(count ~ year + offset(log(pop)), family = fam, data = d, start = coef(fit), control = tight)
  fits[[paste0(fam, "_default")]] <- glm(count ~ year + offset(log(pop)), family = fam, data = d)
}
for (name in names(fits)) {
  fit <- fits[[name]]; fam <- fit$family$family
  s <- coef(summary(fit))
  ci <- if (fam == "poisson") confint.default(fit)["year", ] else {
    b <- coef(fit)["year"]; se <- s["year", 2]; b + c(-1, 1) * qt(0.975, fit$df.residual) * se }
  disp <- sum(residuals(fit, "pearson")^2) / fit$df.residual
  out[[name]] <- data.frame(model = name, apc = 100 * (exp(coef(fit)["year"]) - 1), ci_low = 100 * (exp(ci[1]) - 1),
    ci_high = 100 * (exp(ci[2]) - 1), p_value = s["year", 4], deviance = deviance(fit), df = fit$df.residual, dispersion = disp)
}
r <- do.call(rbind, out)
write.csv(r, "expected.csv", row.names = FALSE)
print(r, digits = 15)
