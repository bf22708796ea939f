#!/usr/bin/env python3
"""Writes the hostile-input corpus (the files next to this script) and nothing else.

Run from this folder: python3 generate.py. The files are committed; the script documents how
the binary ones (encodings, NUL, huge fields) were made. manifest.tsv is written by hand.
"""
import os

HEADER = "id,w,sex,age,q1,town\n"
GOOD_ROWS = "1,1.5,1,12,1,Riga\n2,2.5,2,14,2,Jelgava\n3,1.0,1,16,2,Liepaja\n"


def write(name, data):
    with open(name, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def codebook(name, encoding="utf-8", delimiter=",", extra_columns="", derived="", design="{id: id, weight: w}", source_name=None):
    source_name = source_name or name.replace(".codebook.yaml", "")
    return (
        f"source: {{name: {source_name}, country: LV, kind: survey, year: 2024}}\n"
        f"file: {{encoding: {encoding}, delimiter: \"{delimiter}\"}}\n"
        f"design: {design}\n"
        "columns:\n"
        "  sex: {variable: sex, codes: {\"1\": male, \"2\": female, \"9\": null}}\n"
        "  age: {variable: age, type: integer, range: [11, 17]}\n"
        "  q1: {variable: csa_contact_lifetime, codes: {\"1\": 1, \"2\": 0, \"9\": null}}\n"
        "  town: {variable: region, type: text}\n" + extra_columns + derived
    )


# --- the database every case starts from: one survey source, "base" ---
write("base.csv", HEADER + "".join(f"{i},{1 + i % 3}.5,{1 + i % 2},{11 + i % 7},{1 + i % 2},Riga\n" for i in range(100, 140)))
write("base.codebook.yaml", codebook("base.codebook.yaml"))

# --- the good survey file and its codebook (the baseline every bad file varies) ---
write("survey.csv", HEADER + GOOD_ROWS)
write("survey.codebook.yaml", codebook("survey.codebook.yaml"))

# --- CSV files read with survey.codebook.yaml ---
csv = {
    "empty.csv": b"",
    "header-only.csv": HEADER,
    "header-only-no-newline.csv": HEADER.rstrip("\n"),
    "blank-lines-only.csv": "\n\n\n",
    "duplicate-header.csv": "id,w,sex,age,q1,town,age\n1,1.5,1,12,1,Riga,13\n",
    "empty-header-name.csv": "id,w,sex,,q1,town\n1,1.5,1,12,1,Riga\n",
    "missing-weight-column.csv": "id,sex,age,q1,town\n1,1,12,1,Riga\n",
    "bom-in-middle.csv": HEADER + "1,1.5,1,12,1,Ri\ufeffga\n",
    "bom-in-header-middle.csv": "id,w,s\ufeffex,age,q1,town\n1,1.5,1,12,1,Riga\n",
    "bom-then-crlf.csv": "\ufeff" + (HEADER + GOOD_ROWS).replace("\n", "\r\n"),
    "unterminated-quote.csv": HEADER + "1,1.5,1,12,1,\"Riga\n2,2.5,2,14,2,Jelgava\n",
    "unterminated-quote-midfile.csv": HEADER + "1,1.5,1,12,1,Riga\n2,2.5,2,\"14,2,Jelgava\n3,1.0,1,16,2,Liepaja\n",
    "quote-inside-field.csv": HEADER + "1,1.5,1,12,1,Ri\"ga\n",
    "nul-in-text.csv": HEADER.encode() + b"1,1.5,1,12,1,Ri\x00ga\n",
    "nul-in-header.csv": b"id,w,sex,a\x00ge,q1,town\n1,1.5,1,12,1,Riga\n",
    "cr-only-bad-row3.csv": (HEADER + "1,1.5,1,12,1,Riga\n2,2.5,2,1x,2,Jelgava\n").replace("\n", "\r"),
    "cr-only-bad-utf8-line4.csv": (HEADER + GOOD_ROWS).replace("\n", "\r").encode().replace(b"Liepaja", b"Liep\xffja"),
    "mixed-line-ends.csv": HEADER + "1,1.5,1,12,1,Riga\r\n2,2.5,2,14,2,Jelgava\r3,1.0,1,16,2,Liepaja\n",
    "invalid-utf8.csv": HEADER.encode() + b"1,1.5,1,12,1,R\xc4ga\n",
    "overlong-utf8.csv": HEADER.encode() + b"1,1.5,1,12,1,R\xc0\xafga\n",
    "utf16le.csv": ("\ufeff" + HEADER + GOOD_ROWS).encode("utf-16-le"),
    "short-row.csv": HEADER + GOOD_ROWS + "4,1.0,1\n",
    "long-row.csv": HEADER + GOOD_ROWS + "4,1.0,1,12,1,Riga,extra,more\n",
    "bad-integer.csv": HEADER + GOOD_ROWS + "4,1.0,1,twelve,1,Riga\n",
    "age-1e300.csv": HEADER + GOOD_ROWS + "4,1.0,1,1e300,1,Riga\n",
    "age-huge-integer.csv": HEADER + GOOD_ROWS + "4,1.0,1,99999999999999999999999,1,Riga\n",
    "weight-inf.csv": HEADER + GOOD_ROWS + "4,inf,1,12,1,Riga\n",
    "weight-nan.csv": HEADER + GOOD_ROWS + "4,nan,1,12,1,Riga\n",
    "weight-1e400.csv": HEADER + GOOD_ROWS + "4,1e400,1,12,1,Riga\n",
    "weight-negative.csv": HEADER + GOOD_ROWS + "4,-2,1,12,1,Riga\n",
    "weight-empty.csv": HEADER + GOOD_ROWS + "4,,1,12,1,Riga\n",
    "unknown-code.csv": HEADER + GOOD_ROWS + "4,1.0,7,12,1,Riga\n",
    "semicolon-file.csv": (HEADER + GOOD_ROWS).replace(",", ";"),
    "only-delimiters.csv": ",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n" * 3,
    "random-bytes.csv": bytes((i * 167 + 13) % 256 for i in range(4096)),
    "email-in-text.csv": HEADER + GOOD_ROWS + "4,1.0,1,12,1,janis.berzins@example.lv\n",
    "over-column-limit.csv": ",".join(f"x{i}" for i in range(50001)) + "\n",
    "age-beyond-2p53.csv": HEADER + GOOD_ROWS + "4,1.0,1,9007199254740993,1,Riga\n",
    "many-columns.csv": ",".join(["id", "w", "sex", "age", "q1", "town"] + [f"x{i}" for i in range(40000)]) + "\n"
    + ",".join(["1", "1.5", "1", "12", "1", "Riga"] + ["0"] * 40000) + "\n",
    "huge-field.csv": HEADER + GOOD_ROWS + "4,1.0,1,12,1," + "A" * (3 << 20) + "\n",
    "huge-quoted-field-unterminated.csv": HEADER + "1,1.5,1,12,1,\"" + "B\n" * (1 << 20),
    "long-header-name.csv": "id,w,sex,age,q1,town," + "h" * (1 << 20) + "\n1,1.5,1,12,1,Riga,0\n",
    "control-chars.csv": HEADER + GOOD_ROWS + "4,1.0,1,12,1,Ri\x1bga\x07\n",
    "lone-surrogate-cesu.csv": HEADER.encode() + b"1,1.5,1,12,1,R\xed\xa0\x80ga\n",
}
for name, data in csv.items():
    write(name, data)

# Windows-1257 declared, with UTF-8 letters after the first MiB.
rows = "".join(f"{i},1.0,1,12,1,Jelgava\n" for i in range(1, 60000))
write("cp1257-utf8-after-1mib.csv", (HEADER + rows).encode("cp1257") + "60000,1.0,1,12,1,Rīga\n".encode("utf-8"))
write("cp1257.codebook.yaml", codebook("cp1257.codebook.yaml", encoding="windows-1257"))
# ISO-8859-2 declared, with Windows-1250 bytes 0x80-0x9F (C1 controls in ISO-8859-2).
write("latin2-c1.csv", (HEADER + "1,1.5,1,12,1,").encode() + "Łódź – „Śląsk”\n".encode("cp1250"))
write("latin2.codebook.yaml", codebook("latin2.codebook.yaml", encoding="iso-8859-2"))
write("latin2-clean.csv", (HEADER + "1,1.5,1,12,1,").encode() + "Łódź Śląsk\n".encode("iso-8859-2"))
# A file with an all-missing variable (every q1 is the missing code 9), for estimate.
write("all-missing-q1.csv", HEADER + "1,1.5,1,12,9,Riga\n2,2.5,2,14,9,Jelgava\n3,1.0,1,16,9,Liepaja\n")
write("allmissing.codebook.yaml", codebook("allmissing.codebook.yaml").replace("csa_contact_lifetime", "csa_noncontact_lifetime"))

# --- codebooks read with survey.csv ---
band = "derived:\n  age_group: {{from: age, bands: {{\"11-13\": {}, \"14-15\": [14, 15], \"16-17\": [16, 17]}}}}\n"
codebooks = {
    "band-1e300.codebook.yaml": codebook("band-1e300.codebook.yaml", derived=band.format("[0, 1e300]")),
    "band-inf.codebook.yaml": codebook("band-inf.codebook.yaml", derived=band.format("[0, inf]")),
    "band-1e300-inf-1e300.codebook.yaml": codebook("band-1e300-inf-1e300.codebook.yaml", derived=band.format("[1e300, inf]")),
    "band-fractional.codebook.yaml": codebook("band-fractional.codebook.yaml", derived=band.format("[11, 13]").replace("[16, 17]", "[16.9, 17.5]")),
    "band-nan.codebook.yaml": codebook("band-nan.codebook.yaml", derived=band.format("[nan, 13]")),
    "band-reversed.codebook.yaml": codebook("band-reversed.codebook.yaml", derived=band.format("[13, 11]")),
    "range-1e300.codebook.yaml": codebook("range-1e300.codebook.yaml").replace("range: [11, 17]", "range: [-1e300, 1e300]"),
    "range-inf.codebook.yaml": codebook("range-inf.codebook.yaml").replace("range: [11, 17]", "range: [11, .inf]"),
    "alias-bomb.codebook.yaml": "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8))
    + codebook("alias-bomb.codebook.yaml"),
    "not-yaml.codebook.yaml": "source: {name: x, country: LV\n  kind: [survey\n",
    "tab-indent.codebook.yaml": "source:\n\tname: x\n",
    "empty.codebook.yaml": "",
    "list-root.codebook.yaml": "- a\n- b\n",
    "unknown-key.codebook.yaml": codebook("unknown-key.codebook.yaml").replace("design:", "desing:"),
    "duplicate-key.codebook.yaml": codebook("duplicate-key.codebook.yaml") + "columns: {}\n",
    "unknown-variable.codebook.yaml": codebook("unknown-variable.codebook.yaml") + "  w2: {variable: no_such_variable}\n",
    "bad-encoding-name.codebook.yaml": codebook("bad-encoding-name.codebook.yaml", encoding="klingon-8"),
    "cp1257-bytes.codebook.yaml": codebook("cp1257-bytes.codebook.yaml").encode() + "# komentārs\n".encode("cp1257"),
    "deep-nesting.codebook.yaml": "source: " + "[" * 20000 + "]" * 20000 + "\n",
    "huge.codebook.yaml": codebook("huge.codebook.yaml") + "# " + "x" * (3 << 20) + "\n",
    "over-size-limit.codebook.yaml": codebook("over-size-limit.codebook.yaml") + ("# " + "x" * 1000 + "\n") * 4200,
    "nul.codebook.yaml": codebook("nul.codebook.yaml").encode().replace(b"kind: survey", b"kind: sur\x00vey"),
    "unknown-category.codebook.yaml": codebook("unknown-category.codebook.yaml").replace("\"2\": female", "\"2\": alien"),
    "missing-source.codebook.yaml": "\n".join(codebook("missing-source.codebook.yaml").split("\n")[1:]),
    "year-1e300.codebook.yaml": codebook("year-1e300.codebook.yaml").replace("year: 2024", "year: 1e300"),
    "country-unknown.codebook.yaml": codebook("country-unknown.codebook.yaml").replace("country: LV", "country: XX"),
}
for name, data in codebooks.items():
    write(name, data)

# --- harmonised dictionaries ---
with open("variables.yaml") as f:
    good_dictionary = f.read()
write("dictionary-alias-bomb.yaml", "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
      + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(8)) + good_dictionary)
write("dictionary-not-yaml.yaml", "variables:\n  sex: {type: categorical\n")
write("dictionary-too-many-categories.yaml", good_dictionary
      + "  many: {type: categorical, categories: [" + ", ".join(f"c{i}" for i in range(1001)) + "]}\n")
write("dictionary-bad-type.yaml", good_dictionary.replace("age: {type: integer", "age: {type: complex"))
# 2100 variables and a codebook that maps a column to every one: more columns than SQLite allows in a table.
write("dictionary-2100.yaml", good_dictionary + "".join(f"  v{i}: {{type: integer}}\n" for i in range(2100)))
write("wide.csv", HEADER.rstrip("\n") + "," + ",".join(f"c{i}" for i in range(2100)) + "\n"
      + "1,1.5,1,12,1,Riga," + ",".join("1" for _ in range(2100)) + "\n")
write("wide.codebook.yaml", codebook("wide.codebook.yaml") + "".join(f"  c{i}: {{variable: v{i}, type: integer}}\n" for i in range(2100)))

# --- Eurostat bulk TSV ---
head = "freq,iccs,unit,geo\\TIME_PERIOD\t2021 \t2022 \n"
pop_head = "freq,unit,age,sex,geo\\TIME_PERIOD\t2021 \t2022 \n"
tsv = {
    "estat_counts_1e300.tsv": head + "A,ICCS0301,NR,LV\t1e300 \t399 \n",
    "estat_counts_3e11.tsv": head + "A,ICCS0301,NR,LV\t300000000000 \t399 \n",
    "estat_counts_negative.tsv": head + "A,ICCS0301,NR,LV\t-5 \t399 \n",
    "estat_counts_inf.tsv": head + "A,ICCS0301,NR,LV\tinf \t399 \n",
    "estat_counts_nan.tsv": head + "A,ICCS0301,NR,LV\tnan \t399 \n",
    "estat_pop_1e300.tsv": pop_head + "A,NR,TOTAL,T,LV\t1e300 \t1875757 \n",
    "estat_pop_3e11.tsv": pop_head + "A,NR,TOTAL,T,LV\t300000000000 \t1875757 \n",
    "estat_pop_negative.tsv": pop_head + "A,NR,TOTAL,T,LV\t-1875757 \t1875757 \n",
    "estat_dimension_year.tsv": "freq,iccs,unit,year,geo\\TIME_PERIOD\t2020 \nA,ICCS0301,NR,1999,LV\t5 \n",
    "estat_dimension_empty.tsv": "freq,,unit,geo\\TIME_PERIOD\t2020 \nA,ICCS0301,NR,LV\t5 \n",
    "estat_dimension_quote.tsv": "freq,ic\"cs,unit,geo\\TIME_PERIOD\t2020 \nA,ICCS0301,NR,LV\t5 \n",
    "estat_dimension_duplicate.tsv": "freq,iccs,iccs,geo\\TIME_PERIOD\t2020 \nA,ICCS0301,NR,LV\t5 \n",
    "estat_header_only.tsv": head,
    "estat_empty.tsv": "",
    "estat_bad_header.tsv": "this is not a eurostat file\n1\t2\n",
    "estat_period_text.tsv": "freq,iccs,unit,geo\\TIME_PERIOD\tlast year \nA,ICCS0301,NR,LV\t5 \n",
    "estat_period_duplicate.tsv": "freq,iccs,unit,geo\\TIME_PERIOD\t2021 \t2021 \nA,ICCS0301,NR,LV\t5 \t6 \n",
    "estat_period_huge.tsv": "freq,iccs,unit,geo\\TIME_PERIOD\t99999999999999999999 \nA,ICCS0301,NR,LV\t5 \n",
    "estat_cr_only.tsv": (head + "A,ICCS0301,NR,LV\t335 \t399 \nA,ICCS0301,NR,LT\tx12 \t141 \n").replace("\n", "\r"),
    "estat_nul.tsv": (head + "A,ICCS0301,NR,LV\t335 \t399 \n").encode().replace(b"ICCS0301", b"ICCS\x000301"),
    "estat_invalid_utf8.tsv": (head + "A,ICCS0301,NR,LV\t335 \t399 \n").encode().replace(b"LV\t", b"L\xffV\t"),
    "estat_many_periods.tsv": "freq,iccs,unit,geo\\TIME_PERIOD\t" + "\t".join(str(1000 + i) + " " for i in range(5000)) + "\n"
    + "A,ICCS0301,NR,LV\t" + "\t".join("1 " for _ in range(5000)) + "\n",
    "estat_huge_cell.tsv": head + "A,ICCS0301,NR,LV\t" + "9" * (2 << 20) + " \t399 \n",
    "estat_email_dimension.tsv": head + "A,ICCS0301,NR,janis@example.lv\t335 \t399 \n",
}
for name, data in tsv.items():
    write(name, data)

# --- project configurations (passed with --config) ---
configs = {
    "config-alias-bomb.yaml": "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(8))
    + "disclosure: {k: 5}\n",
    "config-alias-k.yaml": "base: &k 7\ndisclosure: {k: *k}\n",
    "config-not-yaml.yaml": "disclosure:\n    k: [5\n",
    "config-bad-indent.yaml": "disclosure:\n  k: 5\n   extra: 1\n",
    "config-k-text.yaml": "disclosure: {k: five}\n",
    "config-k-1e300.yaml": "disclosure: {k: 1e300}\n",
    "config-k-overflow.yaml": "disclosure: {k: 99999999999999999999999}\n",
    "config-k-too-low.yaml": "disclosure: {k: 2}\n",
    "config-unknown-key.yaml": "disclosure: {k: 5, kk: 3}\n",
    "config-list-root.yaml": "- disclosure\n- k\n",
    "config-empty.yaml": "",
    "config-deep-nesting.yaml": "disclosure: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n",
    "config-nul.yaml": b"disclosure: {k: 5\x00}\n",
    "config-invalid-utf8.yaml": b"disclosure: {k: \xff5}\n",
    "config-tab.yaml": "disclosure:\n\tk: 5\n",
}
for name, data in configs.items():
    write(name, data)

write("not-a-database.db", "this is a text file, not SQLite\n" * 10)
write("a-regular-file.txt", "report --out must not replace this file\n")
write("template-unclosed.mustache", "# {{#sections}} report\n")

# Two Eurostat count files whose rate ratios test 3e11 events (LV and LT, both years).
write("estat_counts_3e11_two.tsv", head + "A,ICCS0301,NR,LV\t300000000000 \t399 \nA,ICCS0301,NR,LT\t400 \t300000000000 \n")
