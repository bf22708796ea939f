# Reference values for the survey-rounds end-to-end tests, computed with R's survey package
# from the hand-made files of this folder (written by make_rounds.py, not by sitan).
# Run from this folder:  Rscript make_expected.R   (writes expected.csv)
#
# Each round is its own design: svydesign(ids = ~skola, strata = ~regions, weights = ~svars,
# nest = TRUE) on the round's rows (LV-2023 is two files, parts of one sample). Proportions
# use svyciprop's logit interval with df = degf of the group's domain in the round design; means
# a t interval on the round's df. The pooled LV estimate stacks both LV rounds with strata = round x region and the
# weights as given. The change between LV rounds is svycontrast on svyby over the combined
# design (round x region as strata), with a t interval and test on degf of that design.
suppressMessages(library(survey))
options(survey.lonely.psu = "fail")

read_round <- function(files, survey, country, sep, dec) {
  parts <- lapply(files, function(f) read.csv(f, sep = sep, dec = dec, encoding = "UTF-8", stringsAsFactors = FALSE))
  d <- do.call(rbind, parts)
  d$survey <- survey; d$country <- country
  d$y <- ifelse(d$q12 == 1, 1, ifelse(d$q12 == 2, 0, NA))
  d$sex <- ifelse(d$dzimums == 1, "male", "female")
  d$age <- d$vecums
  d
}
rounds <- list(
  "LV-2019" = read_round("lv-2019.csv", "LV-2019", "LV", ";", ","),
  "LV-2023" = read_round(c("lv-2023-a.csv", "lv-2023-b.csv"), "LV-2023", "LV", ";", ","),
  "PL-2023" = read_round("pl-2023.csv", "PL-2023", "PL", ",", "."))
design <- function(d) {
  d$stratum <- paste(d$survey, d$regions)
  svydesign(ids = ~skola, strata = ~stratum, weights = ~svars, nest = TRUE, data = d)
}

out <- list()
emit <- function(command, survey, group, field, value) {
  out[[length(out) + 1]] <<- data.frame(
    command = command, survey = survey, group = group, field = field, value = sprintf("%.17g", as.numeric(value)))
}

# One proportion (binary y) in a domain of a design, with the domain's df.
proportion <- function(command, survey, group, des, cond, df) {
  sub <- subset(des, cond & !is.na(des$variables$y))
  m <- svymean(~y, sub, deff = TRUE)
  # svyciprop(method = "logit") fits svyglm(y ~ 1, quasibinomial): at convergence its interval
  # is expit(logit(p) -/+ t * SE(p) / (p (1 - p))). The glm stops at a tolerance that leaves
  # up to ~2e-8 relative, so the expected values are that limit, checked against svyciprop.
  p <- coef(m)[[1]]; half <- qt(0.975, df) * SE(m)[[1]] / (p * (1 - p))
  ci <- plogis(qlogis(p) + c(-half, half))
  glm_ci <- attr(svyciprop(~y, sub, method = "logit", df = df), "ci")
  stopifnot(max(abs(ci - glm_ci) / ci) < 1e-7)
  v <- sub$variables[weights(sub) != 0, ]
  emit(command, survey, group, "n", nrow(v)); emit(command, survey, group, "n_outcome", sum(v$y == 1))
  emit(command, survey, group, "weighted_n", sum(v$svars))
  emit(command, survey, group, "estimate", coef(m)); emit(command, survey, group, "se", SE(m))
  emit(command, survey, group, "deff", deff(m)); emit(command, survey, group, "df", df)
  emit(command, survey, group, "ci_low", ci[1]); emit(command, survey, group, "ci_high", ci[2])
}

for (id in names(rounds)) {
  des <- design(rounds[[id]])
  df <- degf(des)
  all <- rep(TRUE, nrow(des$variables))
  # estimate csa_contact_lifetime --by country  (one row per round)
  proportion("by_country", id, rounds[[id]]$country[1], des, all, df)
  # estimate csa_contact_lifetime --by sex
  # (each group on its own domain's df, degf of the group's subset, as svyby(..., svyciprop))
  for (s in c("male", "female")) {
    in_group <- des$variables$sex == s
    proportion("by_sex", id, s, des, in_group, degf(subset(des, in_group)))
  }
  # estimate age  (a mean, t interval on the round's df)
  m <- svymean(~age, des, deff = TRUE)
  emit("age", id, "", "estimate", coef(m)); emit("age", id, "", "se", SE(m)); emit("age", id, "", "deff", deff(m))
  emit("age", id, "", "df", df)
  emit("age", id, "", "ci_low", coef(m) - qt(0.975, df) * SE(m)); emit("age", id, "", "ci_high", coef(m) + qt(0.975, df) * SE(m))
}

# estimate csa_contact_lifetime --by country --survey LV-2019,LV-2023 --pool
lv <- design(rbind(rounds[["LV-2019"]], rounds[["LV-2023"]]))
proportion("pooled_lv", "LV-2019+LV-2023", "LV", lv, rep(TRUE, nrow(lv$variables)), degf(lv))

# compare csa_contact_lifetime --across survey --by country: LV-2019 - LV-2023
combined <- design(do.call(rbind, rounds))
lv_block <- subset(combined, country == "LV")
b <- svyby(~y, ~survey, subset(lv_block, !is.na(y)), svymean, covmat = TRUE)
contrast <- svycontrast(b, c(1, -1))
diff <- coef(contrast); se <- SE(contrast); df <- degf(lv_block)
emit("change_lv", "", "LV-2019|LV-2023", "estimate_a", coef(b)[1]); emit("change_lv", "", "LV-2019|LV-2023", "estimate_b", coef(b)[2])
emit("change_lv", "", "LV-2019|LV-2023", "difference", diff); emit("change_lv", "", "LV-2019|LV-2023", "se", se)
emit("change_lv", "", "LV-2019|LV-2023", "ci_low", diff - qt(0.975, df) * se)
emit("change_lv", "", "LV-2019|LV-2023", "ci_high", diff + qt(0.975, df) * se)
emit("change_lv", "", "LV-2019|LV-2023", "p_value", 2 * pt(-abs(diff / se), df))

result <- do.call(rbind, out)
header <- c(
  "# Expected values for the survey-rounds end-to-end tests (Tests/Fixtures/rounds).",
  sprintf("# Written by make_expected.R with %s and survey %s.", R.version.string, packageVersion("survey")),
  "# command: the sitan command the row checks (see RoundsTests.swift); group: the --by label or the pair a|b.")
writeLines(header, "expected.csv")
suppressWarnings(write.table(result, "expected.csv", sep = ",", row.names = FALSE, quote = FALSE, append = TRUE))
