# Reference values for two hand-built school-survey exports, lv-school-export.csv (written by
# make_lv_export.py) and pl-school-export.csv (make_pl_export.py), computed with R's survey
# package; the end-to-end test ingests each file through its codebook and compares
# `sitan estimate --format json` to 1e-9. Cases of the Polish file start with `pl_`.
# Run from this folder:  Rscript make_expected.R   (writes expected.csv)
# Designs: schools (PSU) within regions (strata) with weights; the Polish one with the number of
# schools per voivodeship as fpc. The past-12-months items are read as the codebooks say.
# Groups (--by region) are domains of the full design: svyby on the full design, the CIs on each
# group's own df (degf of the group's subset, respondents without an answer included), as
# svyby(..., svyciprop, na.rm = TRUE) and sitan document. ("xlogit" is svyciprop's closed-form logit interval,
# the same interval as "logit" without the iterative glm fit, so it is exact to 1e-9.)
suppressMessages(library(survey))
options(survey.lonely.psu = "fail")
out <- list()
emit <- function(case, key, value) out[[length(out) + 1]] <<- data.frame(case = case, key = key, value = sprintf("%.17g", as.numeric(value)))
yesno <- function(x, yes, no) ifelse(x == yes, 1, ifelse(x == no, 0, NA))

# One file's cases: proportions overall and by region (n, estimate, SE, logit CI) and the mean age
# by region (t interval), every group on its own domain's df.
emit_cases <- function(prefix, d, des) {
  prop <- function(case, y, group = NULL) {
    case <- paste0(prefix, case)
    labels <- if (is.null(group)) "all" else sort(unique(d[[group]]))
    for (g in labels) {
      inside <- if (is.null(group)) rep(TRUE, nrow(d)) else d[[group]] == g
      domain <- subset(des, inside)
      emit(case, sprintf("df[%s]", g), degf(domain))
      f <- as.formula(paste0("~", y))
      m <- svymean(f, domain, na.rm = TRUE)
      ci <- attr(svyciprop(f, domain, method = "xlogit", na.rm = TRUE), "ci")
      emit(case, sprintf("n[%s]", g), sum(inside & !is.na(d[[y]])))
      emit(case, sprintf("est[%s]", g), coef(m)); emit(case, sprintf("se[%s]", g), SE(m))
      emit(case, sprintf("lo[%s]", g), ci[1]); emit(case, sprintf("hi[%s]", g), ci[2])
    }
  }
  prop("lifetime_all", "lifetime")
  prop("lifetime_by_region", "lifetime", "region")
  prop("past_year_all", "past_year")
  b <- svyby(~age, ~region, des, svymean)
  case <- paste0(prefix, "age_by_region")
  for (g in rownames(b)) {
    df <- degf(subset(des, d$region == g)); emit(case, sprintf("df[%s]", g), df)
    est <- b[g, "age"]; se <- b[g, "se"]
    emit(case, sprintf("est[%s]", g), est); emit(case, sprintf("se[%s]", g), se)
    emit(case, sprintf("lo[%s]", g), est - qt(0.975, df) * se); emit(case, sprintf("hi[%s]", g), est + qt(0.975, df) * se)
  }
}

# Latvia: UTF-8 with BOM; blank past-year = 0 when lifetime is Nē, missing when it is Nezinu.
raw <- read.csv("lv-school-export.csv", sep = ";", dec = ",", fileEncoding = "UTF-8-BOM", check.names = FALSE,
  colClasses = "character", na.strings = character(0))
d <- data.frame(
  psu = raw[["Skolas kods"]], stratum = raw[["Reģions"]],
  w = as.numeric(sub(",", ".", raw[["Svars"]], fixed = TRUE)),
  region = c("Rīga" = "riga", "Vidzeme" = "vidzeme", "Kurzeme" = "kurzeme", "Latgale" = "latgale")[raw[["Reģions"]]],
  age = as.numeric(raw[["Vecums (gadi)"]]),
  lifetime = yesno(raw[["Seksuāla vardarbība (kādreiz)"]], "Jā", "Nē"))
past <- yesno(raw[["Pēdējo 12 mēnešu laikā"]], "Jā", "Nē")
d$past_year <- ifelse(is.na(d$lifetime), NA, ifelse(d$lifetime == 0, 0, past))
emit_cases("", d, svydesign(ids = ~psu, strata = ~stratum, weights = ~w, nest = TRUE, data = d))

# Poland: Windows-1250; schools in the voivodeship as fpc; blank past-year = 0 (explicit code),
# missing when lifetime is Nie wiem.
raw <- read.csv("pl-school-export.csv", sep = ";", dec = ",", fileEncoding = "CP1250", check.names = FALSE,
  colClasses = "character", na.strings = character(0))
d <- data.frame(
  psu = raw[["Szkoła"]], stratum = raw[["Województwo"]],
  w = as.numeric(sub(",", ".", raw[["Waga"]], fixed = TRUE)),
  fpc = as.numeric(raw[["Liczba szkół w województwie"]]),
  region = c("mazowieckie" = "mazowieckie", "małopolskie" = "malopolskie", "śląskie" = "slaskie", "pomorskie" = "pomorskie")[
    raw[["Województwo"]]],
  age = as.numeric(raw[["Wiek (lata)"]]),
  lifetime = yesno(raw[["Czy kiedykolwiek doświadczyłeś(-aś) przemocy seksualnej?"]], "Tak", "Nie"))
answer <- raw[["W ostatnich 12 miesiącach"]]
d$past_year <- ifelse(is.na(d$lifetime), NA, ifelse(answer == "" | answer == "Nie", 0, ifelse(answer == "Tak", 1, NA)))
emit_cases("pl_", d, svydesign(ids = ~psu, strata = ~stratum, weights = ~w, fpc = ~fpc, nest = TRUE, data = d))

versions <- data.frame(case = "_versions", key = c("R", "survey"),
  value = c(R.version.string, as.character(packageVersion("survey"))))
write.csv(rbind(versions, do.call(rbind, out)), "expected.csv", row.names = FALSE, quote = FALSE)
