#!/usr/bin/env python3
"""Writes two hand-built school-survey exports whose help questions were asked of different pupils.

pl-help-export.csv imitates a Polish partner's export (UTF-8, ';', Polish headers and labels
Tak/Nie/Nie wiem): the disclosure and help questions and the perpetrator question were asked
only after CONTACT abuse, so they are blank unless the contact item is Tak. Three pupils
(numbers 7, 8 and 9) answered the disclosure question although their contact item is Nie: the
export of a questionnaire whose skip was not enforced. lv-help-export.csv imitates a Latvian
export (Jā/Nē/Nezinu) that asked the same questions of every pupil with any lifetime abuse
(contact or non-contact). Independent of `sitan synth`; every row is invented.
Run: python3 make_exports.py
"""
import random


def export(path, seed, labels, header, strata, outside=()):
    rng = random.Random(seed)
    yes, no, dk = labels
    rows = []
    number = 0
    for v, (stratum, schools) in enumerate(strata):
        for s in range(schools):
            school = f"{v + 1}{s + 1:02d}"
            weight = rng.uniform(20, 60)
            for _ in range(rng.randint(25, 40)):
                number += 1
                u = rng.random()
                contact = yes if u < 0.3 else (dk if u > 0.96 else no)
                noncontact = yes if rng.random() < 0.35 else no
                sex = rng.choice(["1", "2"])
                age = str(rng.randint(11, 17))
                asked = contact == yes if path.startswith("pl") else yes in (contact, noncontact)
                if asked:
                    told = rng.choice([yes, yes, yes, no, no, dk])
                    parent = rng.choice([yes, no, no]) if told == yes else no
                    police = rng.choice([yes, no, no, no, no])
                    helped = rng.choice([yes, yes, no, no, dk])
                    perpetrator = rng.choice(["1", "2", "3", "3", "4"])
                elif number in outside:
                    told, parent, police, helped, perpetrator = yes, no, no, no, ""
                else:
                    told = parent = police = helped = perpetrator = ""
                rows.append([str(number), stratum, school, f"{weight:.3f}".replace(".", ","), sex, age, contact, noncontact,
                             perpetrator, told, parent, police, helped])
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in [header] + rows:
            f.write(";".join(row) + "\n")


export("pl-help-export.csv", 2026, ("Tak", "Nie", "Nie wiem"),
       ["Nr ankiety", "Województwo", "Szkoła", "Waga", "Płeć", "Wiek", "Dotyk seksualny kiedykolwiek",
        "Bez kontaktu kiedykolwiek", "Sprawca", "Czy komuś powiedziałeś(-aś)?", "Czy powiedziałeś(-aś) rodzicowi?",
        "Zgłoszenie na policję", "Czy otrzymałeś(-aś) pomoc?"],
       [("mazowieckie", 6), ("małopolskie", 5), ("śląskie", 5), ("pomorskie", 5)], outside={7, 8, 9})
export("lv-help-export.csv", 2027, ("Jā", "Nē", "Nezinu"),
       ["Anketas nr", "Reģions", "Skola", "Svars", "Dzimums", "Vecums", "Seksuāls kontakts kādreiz",
        "Bezkontakta kādreiz", "Varmāka", "Vai kādam pastāstīji?", "Vai pastāstīji vecākiem?",
        "Ziņots policijai", "Vai saņēmi palīdzību?"],
       [("riga", 6), ("vidzeme", 5), ("kurzeme", 5), ("latgale", 5)])
