# Round trip of `sitan export`: reads the exported .dta, .sav and .csv of a round with haven
# and survey, and checks that svyby(~y, ~sex, svymean) gives sitan's estimates and standard
# errors (sitan estimate --format csv) to 1e-9.
# Usage: Rscript check_export.R EXPORT_DIR ROUND SITAN_ESTIMATE.csv
# Run by scripts/check-export-roundtrip.sh (R 4.2, haven 2.5, survey 4.1).
suppressMessages(library(survey))
args <- commandArgs(TRUE)
dir <- args[1]; round <- args[2]
sitan <- read.csv(args[3])
status <- 0
for (format in c("dta", "sav", "csv")) {
  path <- file.path(dir, paste0(round, ".", format))
  d <- switch(format,
    dta = haven::as_factor(haven::read_dta(path)),
    sav = haven::as_factor(haven::read_sav(path)),
    csv = read.csv(path))
  if (format == "csv") d$sex <- factor(d$sex, levels = c("male", "female"), labels = c("Male", "Female"))
  design <- svydesign(ids = ~psu, strata = ~strata, weights = ~weight, data = d, nest = TRUE)
  r <- svyby(~csa_any_lifetime, ~sex, design, svymean, na.rm = TRUE)
  difference <- max(abs(r$csa_any_lifetime - sitan$estimate), abs(SE(r) - sitan$se))
  cat(format, ": estimates", format(r$csa_any_lifetime, digits = 12), "largest difference from sitan", difference, "\n")
  if (!(difference < 1e-9)) status <- 1
}
quit(status = status)
