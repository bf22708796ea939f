#!/usr/bin/env python3
"""Writes lv-school-export.csv: a hand-built imitation of a Latvian school-survey export.

Independent of `sitan synth`: UTF-8 with BOM, ';' separator, decimal commas, Latvian headers
with spaces and diacritics, text labels Jā/Nē/Nezinu, the school code as PSU and the region as
stratum (and as a reporting variable). The past-12-months item is blank when the lifetime item
is Nē (not asked) or Nezinu. Every row is invented. Run: python3 make_lv_export.py
"""
import random

rng = random.Random(20231)
regions = {"Rīga": 7, "Vidzeme": 5, "Kurzeme": 5, "Latgale": 6}
rows = []
number = 1000
for r, (region, schools) in enumerate(regions.items()):
    for s in range(schools):
        school = f"S{r + 1}{s + 1:02d}"
        weight = round(rng.uniform(8, 30), 3)
        risk = 0.16 + 0.04 * r + rng.uniform(-0.03, 0.05)
        for _ in range(rng.randint(24, 36)):
            number += 1
            sex = rng.choice(["Zēns", "Meitene"])
            age = rng.randint(13, 17)
            u = rng.random()
            lifetime = "Jā" if u < risk + (0.04 if sex == "Meitene" else 0) else ("Nezinu" if u > 0.96 else "Nē")
            if lifetime == "Jā":
                v = rng.random()
                past = "Jā" if v < 0.5 else ("Nezinu" if v > 0.93 else ("" if v > 0.9 else "Nē"))
            else:
                past = ""
            w = f"{weight + rng.choice([0, 0.125, 0.25]):.3f}".replace(".", ",")
            rows.append([str(number), region, school, w, sex, str(age), lifetime, past, ""])

header = ["Anketas nr.", "Reģions", "Skolas kods", "Svars", "Dzimums", "Vecums (gadi)",
          "Seksuāla vardarbība (kādreiz)", "Pēdējo 12 mēnešu laikā", "Komentārs"]
with open("lv-school-export.csv", "w", encoding="utf-8-sig", newline="") as f:
    for row in [header] + rows:
        f.write(";".join(row) + "\r\n")
