#!/usr/bin/env python3
"""Writes lt-2022.csv and lt-2024.csv: hand-built imitations of a Lithuanian school-survey export.

Independent of `sitan synth`: Windows-1257, ';' separator, decimal commas, Lithuanian headers
with spaces, diacritics, parentheses and a trailing space, a duplicated comment column, text
labels Taip/Ne/Nežinau, county as stratum (and as a variable), the school code as PSU (and as a
variable), the weight and the number of schools in the county (fpc) also mapped as variables.
Two-level skip pattern: B (past 12 months) is asked only when A (ever) is Taip, C (told
someone) only when B is Taip; a skipped item is blank. Every row is invented.
Run: python3 make_lt_export.py
"""
import random

HEADER = ["Anketos Nr.", "Apskritis ", "Mokyklos kodas", "Svoris", "Mokyklų sk. (apskrityje)", "Lytis",
          "Amžius (metai)", "A. Ar kada nors?", "B. Per 12 mėn.?", "C. Ar kam nors pasakojai?", "Pastaba", "Pastaba"]


def write(name, seed, shift):
    rng = random.Random(seed)
    counties = {"Vilniaus": (6, 61), "Kauno": (5, 48), "Klaipėdos": (4, 30), "Šiaulių": (4, 27)}
    rows, number = [], 5000
    for c, (county, (schools, total)) in enumerate(counties.items()):
        for s in range(schools):
            school = f"{c + 1}{s + 1:02d}{rng.randint(10, 99)}"
            weight = rng.uniform(6, 25)
            risk = 0.14 + 0.05 * c + shift + rng.uniform(-0.03, 0.04)
            for _ in range(rng.randint(18, 30)):
                number += 1
                sex = rng.choice(["Vaikinas", "Mergina"])
                age = rng.randint(12, 18)
                u = rng.random()
                a = "Taip" if u < risk else ("Nežinau" if u > 0.95 else "Ne")
                b = c_ = ""
                if a == "Taip":
                    v = rng.random()
                    b = "Taip" if v < 0.45 else ("Nežinau" if v > 0.92 else ("" if v > 0.88 else "Ne"))
                    if b == "Taip":
                        c_ = rng.choice(["Taip", "Ne", "Ne", "Nežinau"])
                w = f"{weight + rng.choice([0, 0.25, 0.5]):.4f}".replace(".", ",")
                rows.append([str(number), county, school, w, str(total), sex, str(age), a, b, c_, "", ""])
    with open(name, "w", encoding="cp1257", newline="") as f:
        for row in [HEADER] + rows:
            f.write(";".join(row) + "\r\n")


write("lt-2022.csv", 2022, 0.0)
write("lt-2024.csv", 2024, 0.04)
