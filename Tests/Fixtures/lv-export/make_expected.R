# Reference values for the Latvian school-survey export (lv-school-export.csv, written by
# make_lv_export.py), computed with R's survey package; the end-to-end test ingests the same file
# through lv-school-export.codebook.yaml and compares `sitan estimate --format json` to 1e-9.
# Run from this folder:  Rscript make_expected.R   (writes expected.csv)
# Design: schools (PSU) within regions (strata), weights `Svars`. The past-12-months item is
# blank when the lifetime item is Nē (not asked: 0) or Nezinu (missing), as the codebook says.
# Groups (--by region) are domains of the full design: svyby on the full design, the logit CI on
# the full design's df, as sitan documents. ("xlogit" is svyciprop's closed-form logit interval,
# the same interval as "logit" without the iterative glm fit, so it is exact to 1e-9.)
suppressMessages(library(survey))
options(survey.lonely.psu = "fail")
raw <- read.csv("lv-school-export.csv", sep = ";", dec = ",", fileEncoding = "UTF-8-BOM", check.names = FALSE,
  colClasses = "character", na.strings = character(0))
yesno <- function(x) ifelse(x == "Jā", 1, ifelse(x == "Nē", 0, NA))
d <- data.frame(
  psu = raw[["Skolas kods"]], stratum = raw[["Reģions"]],
  w = as.numeric(sub(",", ".", raw[["Svars"]], fixed = TRUE)),
  region = c("Rīga" = "riga", "Vidzeme" = "vidzeme", "Kurzeme" = "kurzeme", "Latgale" = "latgale")[raw[["Reģions"]]],
  age = as.numeric(raw[["Vecums (gadi)"]]),
  lifetime = yesno(raw[["Seksuāla vardarbība (kādreiz)"]]))
past <- yesno(raw[["Pēdējo 12 mēnešu laikā"]])
d$past_year <- ifelse(is.na(d$lifetime), NA, ifelse(d$lifetime == 0, 0, past))
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w, nest = TRUE, data = d)
df <- degf(des)

out <- list()
emit <- function(case, key, value) out[[length(out) + 1]] <<- data.frame(case = case, key = key, value = sprintf("%.17g", as.numeric(value)))

prop <- function(case, y, group = NULL) {
  emit(case, "df", df)
  labels <- if (is.null(group)) "all" else sort(unique(d[[group]]))
  for (g in labels) {
    inside <- if (is.null(group)) rep(TRUE, nrow(d)) else d[[group]] == g
    known <- subset(des, inside & !is.na(d[[y]]))
    f <- as.formula(paste0("~", y))
    m <- svymean(f, known)
    ci <- attr(svyciprop(f, known, method = "xlogit", df = df), "ci")
    emit(case, sprintf("n[%s]", g), sum(inside & !is.na(d[[y]])))
    emit(case, sprintf("est[%s]", g), coef(m)); emit(case, sprintf("se[%s]", g), SE(m))
    emit(case, sprintf("lo[%s]", g), ci[1]); emit(case, sprintf("hi[%s]", g), ci[2])
  }
}
prop("lifetime_all", "lifetime")
prop("lifetime_by_region", "lifetime", "region")
prop("past_year_all", "past_year")

b <- svyby(~age, ~region, des, svymean)
emit("age_by_region", "df", df)
for (g in rownames(b)) {
  est <- b[g, "age"]; se <- b[g, "se"]
  emit("age_by_region", sprintf("est[%s]", g), est); emit("age_by_region", sprintf("se[%s]", g), se)
  emit("age_by_region", sprintf("lo[%s]", g), est - qt(0.975, df) * se); emit("age_by_region", sprintf("hi[%s]", g), est + qt(0.975, df) * se)
}

versions <- data.frame(case = "_versions", key = c("R", "survey"),
  value = c(R.version.string, as.character(packageVersion("survey"))))
write.csv(rbind(versions, do.call(rbind, out)), "expected.csv", row.names = FALSE, quote = FALSE)
