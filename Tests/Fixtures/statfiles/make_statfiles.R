# Writes the SPSS and Stata fixtures of the statistical-file ingest tests with haven.
# Run from this folder: Rscript make_statfiles.R (R 4.2, haven 2.5). The files are committed;
# rerun only to change them, and update the expected values in the tests.
library(haven)

n <- 24
set.seed(14)
sex <- rep(c(1, 2), length.out = n)
age <- 11 + (seq_len(n) %% 7)
q12 <- rep(c(1, 2, 2, 9), length.out = n)  # 9: no answer, declared missing
q13 <- rep(c(2, 1, 2, 2, 8, 2), length.out = n)  # 8: refused, declared missing
design <- data.frame(
  anketa_nr = seq_len(n),
  stratums = rep(c(1, 2), each = n / 2),
  skola = rep(1:6, each = n / 6),
  svars = round(100 + seq_len(n) * 1.25, 2)
)

# SPSS: Latvian labels, user-missing values 8 and 9.
lv <- design
lv$dzimums <- labelled_spss(sex, c("vīrietis" = 1, "sieviete" = 2), label = "Dzimums")
lv_age <- age
lv_age[5] <- 25  # out of the codebook's range: case 5 (line 6) is quarantined
lv$vecums <- labelled(lv_age, label = "Vecums")
lv$q12 <- labelled_spss(q12, c("jā" = 1, "nē" = 2, "nav atbildes" = 9), na_values = 9, label = "Kontakta vardarbība")
lv$q13 <- labelled_spss(q13, c("jā" = 1, "nē" = 2, "atteicās" = 8), na_values = 8, label = "Bezkontakta vardarbība")
lv$novads <- rep(c("Rīga", "Liepāja", "Daugavpils"), length.out = n)
write_sav(lv, "lv-survey.sav")
write_sav(lv, "lv-survey.zsav", compress = "zsav")

# Stata: Polish labels, refusals as the extended missing value .a.
pl <- design
pl$plec <- labelled(sex, c("mężczyzna" = 1, "kobieta" = 2), label = "Płeć")
pl$wiek <- labelled(age, label = "Wiek")
q12_pl <- ifelse(q12 == 9, tagged_na("a"), q12)
pl$q12 <- labelled(q12_pl, c("tak" = 1, "nie" = 2, "brak odpowiedzi" = tagged_na("a")), label = "Wykorzystanie z kontaktem")
pl$q13 <- labelled(ifelse(q13 == 8, NA, q13), c("tak" = 1, "nie" = 2), label = "Wykorzystanie bez kontaktu")
pl$wojewodztwo <- rep(c("mazowieckie", "śląskie", "małopolskie"), length.out = n)
write_dta(pl, "pl-survey.dta", version = 15)

# A Stata file with a Polish personal number in a dropped comment column: refused.
pl_id <- pl
pl_id$uwagi <- c("PESEL 44051401458", rep("", n - 1))
write_dta(pl_id, "pl-identifier.dta", version = 15)

# The expected counts, for the tests: answers yes among answers (SPSS without case 5).
kept <- seq_len(n) != 5
cat("lv q12 yes:", sum(q12[kept] == 1), "of", sum(q12[kept] != 9), "\n")
cat("lv q13 yes:", sum(q13[kept] == 1), "of", sum(q13[kept] != 8), "\n")
cat("pl q12 yes:", sum(q12 == 1), "of", sum(q12 != 9), "\n")
cat("pl q13 yes:", sum(q13 == 1), "of", sum(q13 != 8), "\n")
