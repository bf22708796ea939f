# A fieldwork agency's SPSS export (Polish labels, user-missing 97-99, a skip pattern, two strata,
# 12 schools as PSUs, weights) and the same data as CSV. Run from this folder: Rscript make.R
library(haven)
set.seed(2026)
# Polish agency export: 2 strata (miasto/wieś), 12 schools (PSU), ~25 pupils each, class 2nd stage
strata <- rep(1:2, each = 6)
rows <- list()
id <- 0
for (s in 1:12) {
  nk <- 18 + (s * 7) %% 13
  for (k in seq_len(nk)) {
    id <- id + 1
    rows[[id]] <- data.frame(nr = id, warstwa = strata[s], szkola = 100 + s,
      klasa = 1000 + s * 10 + (k %% 2), waga = round(runif(1, 50, 400), 3))
  }
}
d <- do.call(rbind, rows)
n <- nrow(d)
plec <- sample(c(1, 2, 9), n, TRUE, prob = c(.48, .48, .04))
wiek <- sample(11:17, n, TRUE)
# q1: ever contact abuse 1 tak 2 nie 97 nie wiem 98 odmowa 99 brak
q1 <- sample(c(1, 2, 97, 98, 99), n, TRUE, prob = c(.12, .74, .06, .05, .03))
# skip pattern: q2 (told someone) only if q1 == 1, else 99 (nie dotyczy? we use system missing)
q2 <- ifelse(q1 == 1, sample(c(1, 2, 98), n, TRUE, prob = c(.5, .4, .1)), NA)
# numeric: hours online per day, 99 = odmowa
godz <- round(pmax(0, rnorm(n, 4, 2)), 1)
godz[sample(n, 10)] <- 99
d$plec <- labelled_spss(plec, c("dziewczynka" = 1, "chłopiec" = 2, "odmowa" = 9), na_values = 9, label = "Płeć")
d$wiek <- labelled(wiek, label = "Wiek w latach")
d$q1 <- labelled_spss(q1, c("tak" = 1, "nie" = 2, "nie wiem" = 97, "odmowa" = 98, "brak odpowiedzi" = 99), na_range = c(97, 99), label = "Czy kiedykolwiek doświadczyłeś dotyku seksualnego wbrew woli?")
d$q2 <- labelled_spss(q2, c("tak" = 1, "nie" = 2, "odmowa" = 98), na_values = 98, label = "Czy komuś o tym powiedziałeś?")
d$godz <- labelled_spss(godz, c("odmowa" = 99), na_values = 99, label = "Godziny w internecie dziennie")
d$region <- rep(c("mazowieckie", "śląskie", "łódzkie"), length.out = n)
write_sav(d, "pl-agency.sav")
# plain CSV, same data, codes
dc <- zap_labels(zap_missing(d))
dc2 <- data.frame(nr = d$nr, warstwa = d$warstwa, szkola = d$szkola, klasa = d$klasa, waga = d$waga,
  plec = plec, wiek = wiek, q1 = q1, q2 = ifelse(is.na(q2), "", q2), godz = godz, region = d$region)
write.csv(dc2, "pl-agency.csv", row.names = FALSE, fileEncoding = "UTF-8")
cat(n, "rows\n")
