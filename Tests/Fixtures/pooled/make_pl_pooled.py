#!/usr/bin/env python3
"""A Polish partner's school-survey export with two rounds (2019 and 2023) pooled in one file,
written as a fieldwork agency would send it: UTF-8 with a byte-order mark (Excel's "CSV UTF-8"),
`;`, decimal commas in the weight, Polish headers and labels with diacritics, spaces around some
header names, a repeated column name ("Klasa"), the voivodeship as stratum and as a variable,
schools as PSUs (some schools in both rounds, with the same code) and a skip pattern: P2 and P3
are asked only when P1 is "Tak", otherwise "Nie dotyczy". Deterministic. Run: python3 make_pl_pooled.py
"""
import random

random.seed(2024)
VOIVODESHIPS = ["Mazowieckie", "Małopolskie", "Śląskie", "Pomorskie"]
HEADER = ["Nr ankiety", "Rok badania", "Województwo", "Szkoła", "Waga ", " Płeć", "Wiek", "Miejscowość", "Klasa",
          "P1 Dotyk (kiedykolwiek)", "P2 Dotyk (ostatnie 12 mies.)", "P3 Powiedział(a) komuś", "P4 Bez kontaktu",
          "Klasa", "Uwagi ankietera"]


def answer(p, rng):
    u = rng.random()
    if u < 0.03:
        return "Nie wiem"
    if u < 0.05:
        return "Odmowa"
    return "Tak" if rng.random() < p else "Nie"


rows = []
number = 0
for year, shift in [(2019, 0.0), (2023, 0.03)]:
    for s, voivodeship in enumerate(VOIVODESHIPS):
        for k in range(6):
            # Schools 0-3 of each voivodeship took part in both rounds, under the same code.
            school = f"SP-{s + 1}{k:02d}" if k < 4 else f"SP-{s + 1}{k:02d}-{year % 100}"
            pupils = random.randint(14, 24)
            base_weight = random.uniform(40, 400) * (1.6 if s == 0 else 1.0)
            urban = random.random() < 0.6
            for _ in range(pupils):
                number += 1
                sex = random.choice(["Chłopiec", "Dziewczyna"]) if random.random() > 0.02 else "Odmowa odpowiedzi"
                age = random.randint(11, 17)
                p1_rate = 0.05 + shift + (0.04 if sex == "Dziewczyna" else 0) + 0.01 * (age - 11) + 0.02 * s
                p1 = answer(p1_rate, random)
                if p1 == "Tak":
                    p2 = random.choice(["Tak", "Nie", "Nie", ""])
                    p3 = random.choice(["Tak", "Tak", "Nie", "Odmowa"])
                else:
                    p2 = p3 = "Nie dotyczy"
                p4 = answer(0.12 + shift + 0.01 * s, random)
                weight = f"{base_weight * random.uniform(0.85, 1.15):.4f}".replace(".", ",")
                grade = str(age - 6)
                remark = random.choice(["", "", "", "brak", "ankieta wypełniona w klasie"])
                rows.append([str(number), str(year), voivodeship, school, weight, sex, str(age),
                             "Miasto" if urban else "Wieś", grade, p1, p2, p3, p4, grade, remark])

with open("pl-pooled.csv", "w", encoding="utf-8-sig", newline="") as out:
    for row in [HEADER] + rows:
        out.write(";".join(row) + "\r\n")
print(len(rows), "rows")
