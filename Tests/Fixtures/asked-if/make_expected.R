# Reference values for the help-seeking table of `sitan report` on pl-help-export.csv and
# lv-help-export.csv (made by make_exports.py), computed with R's survey package from the raw
# CSV files (no sitan code involved). Each questionnaire asked the help questions of its own
# respondents: PL only after contact abuse (Tak), LV after any lifetime abuse (contact or
# non-contact). The domain is R's subset(design, condition); each proportion is
# svyciprop(method = "logit", na.rm = TRUE) in it ("Nie wiem"/"Nezinu" are missing).
# Run from this folder:  Rscript make_expected.R   (writes expected.csv)
suppressMessages(library(survey))
options(survey.lonely.psu = "fail")
read <- function(file) read.csv2(file, encoding = "UTF-8", check.names = FALSE, na.strings = "", stringsAsFactors = FALSE)
yesno <- function(x, yes, no) ifelse(x == yes, 1, ifelse(x == no, 0, NA))
out <- list()
emit <- function(country, variable, est, lo, hi, n) {
  out[[length(out) + 1]] <<- data.frame(country = country, variable = variable, est = sprintf("%.10f", est),
    lo = sprintf("%.10f", lo), hi = sprintf("%.10f", hi), n = n)
}
cases <- list(
  list(country = "PL", file = "pl-help-export.csv", yes = "Tak", no = "Nie", id = "Szkoła", strata = "Województwo", weight = "Waga",
       contact = "Dotyk seksualny kiedykolwiek", noncontact = "Bez kontaktu kiedykolwiek", domain = "contact",
       items = c(disclosed_anyone = "Czy komuś powiedziałeś(-aś)?", disclosed_parent = "Czy powiedziałeś(-aś) rodzicowi?",
                 reported_police = "Zgłoszenie na policję", received_help = "Czy otrzymałeś(-aś) pomoc?")),
  list(country = "LV", file = "lv-help-export.csv", yes = "Jā", no = "Nē", id = "Skola", strata = "Reģions", weight = "Svars",
       contact = "Seksuāls kontakts kādreiz", noncontact = "Bezkontakta kādreiz", domain = "any",
       items = c(disclosed_anyone = "Vai kādam pastāstīji?", disclosed_parent = "Vai pastāstīji vecākiem?",
                 reported_police = "Ziņots policijai", received_help = "Vai saņēmi palīdzību?")))
for (case in cases) {
  raw <- read(case$file)
  d <- data.frame(psu = raw[[case$id]], stratum = raw[[case$strata]], w = raw[[case$weight]])
  d$contact <- yesno(raw[[case$contact]], case$yes, case$no)
  d$noncontact <- yesno(raw[[case$noncontact]], case$yes, case$no)
  # any_of: 1 when either is 1, 0 when both are 0, missing otherwise
  d$any <- ifelse(d$contact %in% 1 | d$noncontact %in% 1, 1, ifelse(d$contact %in% 0 & d$noncontact %in% 0, 0, NA))
  for (v in names(case$items)) d[[v]] <- yesno(raw[[case$items[[v]]]], case$yes, case$no)
  design <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w, nest = TRUE, data = d)
  asked <- subset(design, d[[case$domain]] %in% 1)
  for (v in names(case$items)) {
    p <- svyciprop(as.formula(paste0("~", v)), asked, method = "logit", na.rm = TRUE)
    ci <- attr(p, "ci")
    emit(case$country, v, coef(p), ci[1], ci[2], sum(!is.na(asked$variables[[v]]) & asked$prob < Inf))
  }
}
result <- do.call(rbind, out)
write.csv(result, "expected.csv", row.names = FALSE, quote = FALSE)
cat(sprintf("_versions,R %s,survey %s\n", getRversion(), packageVersion("survey")), file = "expected.csv", append = TRUE)
