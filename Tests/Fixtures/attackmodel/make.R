# A Lithuanian fieldwork agency's SPSS export for the model attack: Lithuanian value labels,
# user-missing 97-99, a skip pattern (q2 only when q1 = taip), three strata (apskritis), 24 schools
# as PSUs, weights, a numeric variable (hours online, 99 = atsisakė). Run here: Rscript make.R
library(haven)
set.seed(1709)
rows <- list(); id <- 0
for (s in 1:24) {
  nk <- 15 + (s * 11) %% 17
  for (k in seq_len(nk)) {
    id <- id + 1
    rows[[id]] <- data.frame(eil_nr = id, apskritis = 1 + (s - 1) %/% 8, mokykla = 500 + s,
      svoris = round(runif(1, 20, 300), 4))
  }
}
d <- do.call(rbind, rows); n <- nrow(d)
lytis <- sample(c(1, 2, 9), n, TRUE, prob = c(.49, .48, .03))
amzius <- sample(11:17, n, TRUE)
vietove <- sample(c(1, 2), n, TRUE, prob = c(.6, .4))
val <- round(pmax(0, rnorm(n, 3 + 0.2 * (amzius - 11) + 0.5 * (lytis == 2), 1.5)), 1)
val[sample(n, 12)] <- 99
eta <- -2.3 + 0.6 * (lytis == 1) + 0.25 * (amzius - 14) + 0.4 * (vietove == 2) + 0.1 * pmin(val, 24)
q1 <- ifelse(runif(n) < plogis(eta), 1, 2)
q1[sample(n, 20)] <- 97; q1[sample(n, 15)] <- 98; q1[sample(n, 8)] <- 99
q2 <- ifelse(q1 == 1, sample(c(1, 2, 98), n, TRUE, prob = c(.45, .45, .1)), NA)
d$lytis <- labelled_spss(lytis, c("mergaitė" = 1, "berniukas" = 2, "atsisakė" = 9), na_values = 9, label = "Lytis")
d$amzius <- labelled(amzius, label = "Amžius metais")
d$vietove <- labelled(vietove, c("miestas" = 1, "kaimas" = 2), label = "Gyvenamoji vietovė")
d$q1 <- labelled_spss(q1, c("taip" = 1, "ne" = 2, "nežinau" = 97, "atsisakė atsakyti" = 98, "neatsakė" = 99),
  na_range = c(97, 99), label = "Ar kada nors patyrėte seksualinį lietimą prieš savo valią?")
d$q2 <- labelled_spss(q2, c("taip" = 1, "ne" = 2, "atsisakė atsakyti" = 98), na_values = 98, label = "Ar kam nors apie tai pasakėte?")
d$val <- labelled_spss(val, c("atsisakė" = 99), na_values = 99, label = "Valandos internete per dieną")
write_sav(d, "lt-agency.sav")
cat(n, "rows\n")
