#!/usr/bin/env python3
"""Writes pl-school-export.csv: a hand-built imitation of a Polish school-survey export.

Independent of `sitan synth`: Windows-1250, ';' separator, decimal commas, Polish headers with
spaces and diacritics, labels Tak/Nie/Nie wiem, the school as PSU, the voivodeship as stratum
(and as a reporting variable), the number of schools in the voivodeship as finite-population
correction (and as a variable of its own), and a past-12-months item left blank when the
lifetime item is Nie. Every row is invented. Run: python3 make_pl_export.py
"""
import random

rng = random.Random(2024)
strata = {"mazowieckie": (6, 410), "małopolskie": (5, 300), "śląskie": (5, 350), "pomorskie": (4, 190)}
rows = []
number = 0
for v, (name, (schools, population)) in enumerate(strata.items()):
    for s in range(schools):
        school = f"{v + 1}{s + 1:02d}"
        weight = population / schools * rng.uniform(3, 6)
        risk = 0.2 + 0.05 * v + rng.uniform(-0.04, 0.04)
        for _ in range(rng.randint(25, 40)):
            number += 1
            sex = rng.choice(["K", "M"])
            u = rng.random()
            lifetime = "Tak" if u < risk else ("Nie wiem" if u > 0.95 else "Nie")
            past = (rng.choice(["Tak", "Tak", "Nie", "Nie wiem"]) if lifetime == "Tak" else "")
            rows.append([str(number), name, school, f"{weight:.4f}".replace(".", ","), str(population), sex,
                         str(rng.randint(12, 18)), lifetime, past])

header = ["Nr ankiety", "Województwo", "Szkoła", "Waga", "Liczba szkół w województwie", "Płeć", "Wiek (lata)",
          "Czy kiedykolwiek doświadczyłeś(-aś) przemocy seksualnej?", "W ostatnich 12 miesiącach"]
with open("pl-school-export.csv", "w", encoding="cp1250", newline="") as f:
    for row in [header] + rows:
        f.write(";".join(row) + "\r\n")
