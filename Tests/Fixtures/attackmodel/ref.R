# R survey 4.1.1 reference for the model attack (ModelAttackTests): Rscript ref.R writes
# models.csv (svyglm + summary + confint) and likelihood.csv (svyciprop, method "likelihood").
library(haven); library(survey)
options(digits = 17)
d <- zap_labels(read_sav("lt-agency.sav", user_na = FALSE))   # user-missing -> NA
d$q1 <- ifelse(d$q1 == 1, 1, ifelse(d$q1 == 2, 0, NA))
d$q2 <- ifelse(d$q2 == 1, 1, ifelse(d$q2 == 2, 0, NA))
d$sex <- factor(ifelse(d$lytis == 1, "female", ifelse(d$lytis == 2, "male", NA)), levels = c("male", "female"))
d$setting <- factor(ifelse(d$vietove == 1, "urban", "rural"), levels = c("urban", "rural"))
d$age <- as.numeric(d$amzius)
d$age_group <- factor(cut(d$age, c(10, 13, 15, 17), labels = c("11-13", "14-15", "16-17")))
d$hours <- as.numeric(d$val)
des <- svydesign(ids = ~mokykla, strata = ~apskritis, weights = ~svoris, data = d)
models <- list(
  list(id = "m1", f = q1 ~ sex + setting + hours, fam = quasibinomial(), dom = NULL),
  list(id = "m2", f = q1 ~ sex + setting + hours, fam = quasibinomial(), dom = NULL, ref = "female"),
  list(id = "m3", f = q1 ~ sex + hours, fam = quasibinomial(), dom = quote(setting == "rural")),
  list(id = "m4", f = hours ~ sex + age_group, fam = gaussian(), dom = NULL),
  list(id = "m5", f = hours ~ sex + q1 + age, fam = gaussian(), dom = quote(age_group == "14-15")),
  list(id = "m6", f = q2 ~ sex, fam = quasibinomial(), dom = NULL),
  list(id = "m7", f = q1 ~ setting, fam = gaussian(), dom = NULL),
  list(id = "m8", f = q1 ~ age_group, fam = quasibinomial(), dom = NULL, agref = "16-17"),
  list(id = "m9", f = hours ~ age_group + setting, fam = gaussian(), dom = quote(sex == "female"), agref = "14-15"),
  list(id = "m10", f = hours ~ age_group, fam = gaussian(), dom = quote(age_group %in% c("14-15", "16-17")), drop = TRUE),
  list(id = "m11", f = q1 ~ hours, fam = quasibinomial(), dom = NULL, level = 0.99))
out <- list()
for (m in models) {
  dd <- des
  if (!is.null(m$ref)) dd <- update(dd, sex = relevel(sex, m$ref))
  if (!is.null(m$agref)) dd <- update(dd, age_group = relevel(age_group, m$agref))
  if (!is.null(m$dom)) dd <- eval(bquote(subset(dd, .(m$dom))))
  # sitan leaves out levels without respondents, as a factor() of the domain's data would
  if (isTRUE(m$drop)) dd <- update(dd, age_group = droplevels(age_group))
  fit <- svyglm(m$f, design = dd, family = m$fam)
  s <- coef(summary(fit)); ci <- confint(fit, level = if (is.null(m$level)) 0.95 else m$level)
  out[[m$id]] <- data.frame(model = m$id, term = rownames(s), estimate = s[, 1], se = s[, 2], t = s[, 3],
    df = fit$df.residual, p = s[, 4], ci_lower = ci[, 1], ci_upper = ci[, 2])
}
r <- do.call(rbind, out)
write.csv(r, "models.csv", row.names = FALSE)
lik <- list()
addl <- function(id, dsg, level = 0.95, df = degf(dsg), var = ~q1) {
  ci <- svyciprop(var, dsg, method = "likelihood", level = level, df = df, na.rm = TRUE)
  lik[[id]] <<- data.frame(id = id, estimate = as.numeric(ci), se = as.numeric(SE(ci)),
    ci_low = attr(ci, "ci")[1], ci_high = attr(ci, "ci")[2], df = degf(dsg))
}
addl("all", des)
addl("rural", subset(des, setting == "rural"))
for (g in c("11-13", "14-15", "16-17")) addl(paste0("age_group=", g, " level 0.9"), subset(des, age_group == g), level = 0.9)
addl("all df inf", des, df = Inf)
addl("q2", des, var = ~q2)
write.csv(do.call(rbind, lik), "likelihood.csv", row.names = FALSE)
print(r, digits = 10); print(do.call(rbind, lik), digits = 12)
