#!/usr/bin/env python3
"""Writes the hand-made survey rounds used by the end-to-end rounds tests.

Independent of `sitan synth`: a few lines of Python's own seeded generator. Two rounds of
Latvia (2019 in one file; 2023 in two files, parts of one sample that share the round id
LV-2023) and one round of Poland (2023). Each round is a stratified two-stage sample: regions
as strata, schools as PSUs (school numbers repeat across strata and rounds, as real exports
do), pupils with unequal weights, a few missing answers.

Run from this folder:  python3 make_rounds.py   (then Rscript make_expected.R)
"""
import random

rng = random.Random(20261129)


def pupils(strata, schools_per_stratum, pupils_per_school, prevalence):
    rows = []
    for s_index, stratum in enumerate(strata):
        for school in range(1, schools_per_stratum + 1):
            base_weight = rng.uniform(20, 120) * (1 + s_index)
            school_effect = rng.uniform(-0.05, 0.05)
            for _ in range(pupils_per_school + rng.randint(-3, 3)):
                sex = rng.choice([1, 2])
                age = rng.randint(11, 17)
                p = prevalence + school_effect + (0.04 if sex == 2 else -0.02) + 0.01 * (age - 14)
                answer = 9 if rng.random() < 0.03 else (1 if rng.random() < p else 2)
                weight = round(base_weight * rng.uniform(0.8, 1.25), 2)
                rows.append((stratum, school, weight, sex, age, answer))
    return rows


def write(path, rows, delimiter, decimal_comma, first_id):
    header = ["anketa", "regions", "skola", "svars", "dzimums", "vecums", "q12"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(delimiter.join(header) + "\n")
        for offset, (stratum, school, weight, sex, age, answer) in enumerate(rows):
            w = f"{weight:.2f}".replace(".", ",") if decimal_comma else f"{weight:.2f}"
            f.write(delimiter.join([str(first_id + offset), stratum, str(school), w, str(sex), str(age), str(answer)]) + "\n")


lv_regions = ["Rīga", "Vidzeme", "Kurzeme", "Latgale"]
write("lv-2019.csv", pupils(lv_regions, 5, 16, 0.20), ";", True, 1)
lv_2023 = pupils(lv_regions, 5, 18, 0.12)
half = sum(1 for r in lv_2023 if r[0] in lv_regions[:2])
write("lv-2023-a.csv", lv_2023[:half], ";", True, 5001)
write("lv-2023-b.csv", lv_2023[half:], ";", True, 5001 + half)
write("pl-2023.csv", pupils(["mazowieckie", "śląskie", "małopolskie"], 6, 20, 0.15), ",", False, 1)
