# R survey 4.1.1 reference for AgencySurveyTests: Rscript ref.R writes ref.csv.
library(haven); library(survey)
options(digits = 15)
d <- read_sav("pl-agency.sav", user_na = FALSE)   # user-missing -> NA
d <- zap_labels(d)
d$q1 <- ifelse(d$q1 == 1, 1, ifelse(d$q1 == 2, 0, NA))
d$q2 <- ifelse(d$q2 == 1, 1, ifelse(d$q2 == 2, 0, NA))
d$sex <- factor(ifelse(d$plec == 1, "female", ifelse(d$plec == 2, "male", NA)))
des <- svydesign(ids = ~szkola, strata = ~warstwa, weights = ~waga, data = d)
out <- list()
add <- function(...) { a <- list(...); a <- lapply(a, function(x) if (is.numeric(x)) as.numeric(x) else x); r <- as.data.frame(a); out[[length(out) + 1]] <<- r }
for (g in c("female", "male")) {
  sd <- subset(des, sex == g)
  df <- degf(sd)
  for (m in c("logit", "xlogit", "asin", "beta", "mean")) {
    for (dfm in c("design", "inf")) {
      if (m == "beta" && dfm == "inf") next
      dd <- if (dfm == "inf") Inf else df
      ci <- svyciprop(~q1, sd, method = m, na.rm = TRUE, df = dd)
      add(stat = "prop", var = "q1", group = g, method = m, dfmode = dfm, est = as.numeric(ci), se = SE(ci),
          lo = attr(ci, "ci")[1], hi = attr(ci, "ci")[2], df = df)
    }
  }
  for (dfm in c("design", "inf")) {
    dd <- if (dfm == "inf") Inf else df
    t <- svytotal(~q1, sd, na.rm = TRUE); ci <- confint(t, df = dd)
    add(stat = "total", var = "q1", group = g, method = "t", dfmode = dfm, est = coef(t), se = SE(t), lo = ci[1], hi = ci[2], df = df)
    m <- svymean(~godz, sd, na.rm = TRUE); ci <- confint(m, df = dd)
    add(stat = "mean", var = "godz", group = g, method = "t", dfmode = dfm, est = coef(m), se = SE(m), lo = ci[1], hi = ci[2], df = df)
    m <- svymean(~wiek, sd, na.rm = TRUE); ci <- confint(m, df = dd)
    add(stat = "mean", var = "wiek", group = g, method = "t", dfmode = dfm, est = coef(m), se = SE(m), lo = ci[1], hi = ci[2], df = df)
    t <- svytotal(~godz, sd, na.rm = TRUE); ci <- confint(t, df = dd)
    add(stat = "total", var = "godz", group = g, method = "t", dfmode = dfm, est = coef(t), se = SE(t), lo = ci[1], hi = ci[2], df = df)
  }
  q <- svyquantile(~godz, sd, c(0.25, 0.5, 0.75), ci = TRUE, na.rm = TRUE)
  qq <- q$godz
  for (i in 1:3) add(stat = paste0("q", c(0.25, 0.5, 0.75)[i]), var = "godz", group = g, method = "woodruff", dfmode = "design",
      est = qq[i, 1], se = qq[i, 4], lo = qq[i, 2], hi = qq[i, 3], df = NA)
  # q2 among q1 == 1 (skip pattern)
  sd2 <- subset(des, sex == g & q1 == 1 %in% TRUE)
}
# q2 skip pattern via where q1=1
sd2 <- subset(des, !is.na(q1) & q1 == 1)
ci <- svyciprop(~q2, sd2, method = "logit", na.rm = TRUE, df = degf(sd2))
add(stat = "prop", var = "q2|q1=1", group = "all", method = "logit", dfmode = "design", est = as.numeric(ci), se = SE(ci),
    lo = attr(ci, "ci")[1], hi = attr(ci, "ci")[2], df = degf(sd2))
r <- do.call(rbind, out)
write.csv(r, "ref.csv", row.names = FALSE)
print(r, digits = 12)
print(svychisq(~q1 + sex, des))
print(svychisq(~q1 + sex, des, statistic = "Chisq"))
