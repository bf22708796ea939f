#!/usr/bin/env python3
"""Expected values for `sitan rates --by ...,sex,age_group`, computed independently of sitan.

Reads the committed synthetic files in datasets/ directly (csv module, the codebooks' column
names, codes and encodings written out below by hand, the offence mapping table), counts the
incidents under ICCS 0301 per country, year, victim sex and age band (0-4, 5-9, 10-14, 15-17),
sums the children of the same sex and band from the population files, and computes the rate
per 100 000 with the exact Poisson (Garwood) 95% interval from scipy's chi-squared quantiles
(what R's poisson.test gives). Incidents whose victim sex is missing are counted per country
and year as left out.

Run from the repository root:  python3 Tests/Fixtures/victim-rates/make_expected.py
It rewrites Tests/Fixtures/victim-rates/expected.csv and left_out.csv. Made with Python 3 and
scipy 1.17.1.
"""
import csv
import os
from collections import defaultdict

from scipy.stats import chi2

OFFENCE = "0301"
BANDS = [(0, 4), (5, 9), (10, 14), (15, 17)]
# country: (encoding, delimiter, date column, article column, sex column, sex codes, age column)
INCIDENTS = {
    "LV": ("utf-8-sig", ",", "reģistrēšanas_datums", "pants", "cietušā_dzimums", {"V": "male", "S": "female"}, "cietušā_vecums"),
    "LT": ("windows-1257", ";", "užregistravimo_data", "straipsnis", "nukentėjusiojo_lytis", {"V": "male", "M": "female"}, "nukentėjusiojo_amžius"),
    "PL": ("iso-8859-2", ";", "data_wszczęcia", "artykuł", "płeć_pokrzywdzonego", {"M": "male", "K": "female"}, "wiek_pokrzywdzonego"),
}
# country: (encoding, delimiter, date column, sex column, sex codes, age column, population column)
POPULATION = {
    "LV": ("utf-8-sig", ",", "datums", "dzimums", {"vīrieši": "male", "sievietes": "female"}, "vecums", "iedzīvotāju_skaits"),
    "LT": ("utf-8-sig", None, "data", "lytis", {"Vyrai": "male", "Moterys": "female"}, "amžius", None),
    "PL": ("windows-1250", None, "stan_na", "płeć", {"mężczyźni": "male", "kobiety": "female"}, "wiek", None),
}


def band(age):
    for low, high in BANDS:
        if low <= age <= high:
            return f"{low}-{high}"
    return None


def rows(path, encoding, delimiter):
    with open(path, encoding=encoding, newline="") as f:
        text = f.read()
    if delimiter is None:
        delimiter = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    return list(csv.DictReader(text.splitlines(), delimiter=delimiter))


def main():
    datasets = "datasets"
    mapping = {}
    for row in rows(os.path.join(datasets, "offence-mapping.csv"), "utf-8", ","):
        mapping[(row["country"], row["article"])] = row["iccs"]
    counts = defaultdict(int)
    left_out = defaultdict(int)
    covered = set()
    for country, (enc, delim, date, article, sex_col, sexes, age_col) in INCIDENTS.items():
        for row in rows(os.path.join(datasets, f"{country.lower()}-incidents.csv"), enc, delim):
            year = int(row[date][-4:])
            covered.add((country, year))
            iccs = mapping.get((country, row[article].strip()), "")
            if not iccs.startswith(OFFENCE):
                continue
            sex = sexes.get(row[sex_col])
            if sex is None:
                left_out[(country, year)] += 1
                continue
            counts[(country, year, sex, band(int(row[age_col])))] += 1
    population = defaultdict(int)
    for country, (enc, delim, date, sex_col, sexes, age_col, pop_col) in POPULATION.items():
        table = rows(os.path.join(datasets, f"{country.lower()}-population.csv"), enc, delim)
        pop_col = pop_col or [c for c in table[0] if c not in (date, sex_col, age_col)][0]
        for row in table:
            key = (country, int(row[date][-4:]), sexes[row[sex_col]], band(int(row[age_col])))
            population[key] += int(row[pop_col])

    def rate(x, t):
        low = chi2.ppf(0.025, 2 * x) / 2 if x > 0 else 0.0
        high = chi2.ppf(0.975, 2 * x + 2) / 2
        return x / t * 1e5, low / t * 1e5, high / t * 1e5

    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "expected.csv"), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["by", "country", "year", "sex", "age_group", "count", "population", "rate", "ci_low", "ci_high"])
        for country, year in sorted(covered):
            for sex in ("female", "male"):
                for low, high in BANDS:
                    label = f"{low}-{high}"
                    x, t = counts[(country, year, sex, label)], population[(country, year, sex, label)]
                    out.writerow(["country,year,sex,age_group", country, year, sex, label, x, t] + [repr(float(v)) for v in rate(x, t)])
        for sex in ("female", "male"):
            for low, high in BANDS:
                label = f"{low}-{high}"
                x = sum(v for k, v in counts.items() if k[2:] == (sex, label))
                t = sum(population[(c, y, sex, label)] for c, y in covered)
                out.writerow(["sex,age_group", "", "", sex, label, x, t] + [repr(float(v)) for v in rate(x, t)])
    with open(os.path.join(here, "left_out.csv"), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["country", "year", "no_victim_sex"])
        for country, year in sorted(covered):
            out.writerow([country, year, left_out[(country, year)]])


if __name__ == "__main__":
    main()
