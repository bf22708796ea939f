#!/usr/bin/env python3
"""Writes the two invented Latvian school-survey exports that docs/tutorial.md works through.

Independent of `sitan synth`. Each file imitates a raw export from survey software: UTF-8 with
BOM, ';' separator, Windows line ends, decimal commas, Latvian headers with spaces and diacritics,
text labels Jā/Nē/Nezinu, the school code as PSU and the region as stratum. The past-12-months
item is blank when it was not asked (lifetime Nē or Nezinu). The 2023 file has three rows with
mistakes of the kind real exports contain. Every row is invented.
Run from this folder: python3 make_tutorial_data.py
"""
import random

REGIONS = ["Rīga", "Vidzeme", "Kurzeme", "Latgale"]


def make_round(year, seed, risk_shift):
    rng = random.Random(seed)
    rows = []
    number = year * 10
    for r, region in enumerate(REGIONS):
        for s in range(6):
            school = f"{year % 100}{r + 1}{s + 1:02d}"
            weight = rng.uniform(8, 30)
            risk = 0.12 + 0.03 * r + risk_shift + rng.uniform(-0.02, 0.04)
            for _ in range(rng.randint(15, 19)):
                number += 1
                sex = rng.choice(["Zēns", "Meitene"])
                age = rng.randint(12, 17)
                u = rng.random()
                girl = 0.05 if sex == "Meitene" else 0
                lifetime = "Jā" if u < risk + girl else ("Nezinu" if u > 0.97 else "Nē")
                past = ""
                if lifetime == "Jā":
                    v = rng.random()
                    past = "Jā" if v < 0.45 else ("Nezinu" if v > 0.94 else "Nē")
                w = f"{weight + rng.choice([0, 0.125, 0.25]):.3f}".replace(".", ",")
                note = "pārtrauca stundas zvans" if number % 29 == 0 else ""
                rows.append([str(number), region, school, w, sex, str(age), lifetime, past, note])
    return rows


def write(name, header, rows):
    with open(name, "w", encoding="utf-8-sig", newline="") as f:
        for row in [header] + rows:
            f.write(";".join(row) + "\r\n")


header = ["Anketas nr.", "Reģions", "Skolas kods", "Svars", "Dzimums", "Vecums (gadi)",
          "Seksuāla vardarbība (kādreiz)", "Pēdējo 12 mēnešu laikā", "Komentārs"]
write("lv-2019.csv", header, make_round(2019, 2019, 0.0))

rows = make_round(2023, 2023, 0.04)
rows[10][5] = "9"             # an age outside the surveyed grades
rows[41][6] = "Ja"            # a label typed without its long vowel
rows[77][3] = ""              # a weight that the export left empty
write("lv-2023.csv", header, rows)
