#!/usr/bin/env python3
"""Reads every CSV output of sitan with R's read.csv, Python's csv and csvkit's csvstat.

Usage: scripts/check-csv-outputs.py [path/to/sitan]

Ingests datasets/ into a temporary database, runs each command of
Tests/Fixtures/csv-outputs/commands.tsv with --format csv, and checks with each tool that the
output is one rectangular table (every record as wide as the header, no note lines) whose
number columns the tool reads as numbers. Writes what the tools found to
Tests/Fixtures/csv-outputs/types.tsv (label, column, R class, csvkit type), which the Swift
end-to-end test CSVOutputTests reads back without needing R or csvkit. Needs Rscript and
csvkit (pip install csvkit); run it again after changing an output's columns.
"""
import csv, io, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures", "csv-outputs")
SITAN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "sitan")
NUMERIC_R = {"numeric", "integer"}


def database(directory):
    db = os.path.join(directory, "d.sqlite")
    for country in ["lv", "lt", "pl"]:
        for kind in ["incidents", "population", "survey"]:
            path = os.path.join(ROOT, "datasets", f"{country}-{kind}.csv")
            subprocess.run([SITAN, "ingest", "--quiet", "--db", db, path, "--codebook", path + ".codebook.yaml",
                            "--dictionary", os.path.join(ROOT, "datasets", "variables.yaml")],
                           check=True, stdout=subprocess.DEVNULL)
    return db


def r_classes(path):
    script = "x <- read.csv(commandArgs(TRUE)[1], check.names = FALSE); cat(nrow(x), sapply(x, function(c) class(c)[1]), sep = '\\n')"
    lines = subprocess.run(["Rscript", "-e", script, path], check=True, capture_output=True, text=True).stdout.split("\n")
    return int(lines[0]), lines[1:-1] if lines[-1] == "" else lines[1:]


def csvkit_types(path):
    out = subprocess.run(["csvstat", "--csv", path], check=True, capture_output=True, text=True).stdout
    return [row["type"] for row in csv.DictReader(io.StringIO(out))]


def main():
    problems, lines = [], ["label\tcolumn\tr_class\tcsvkit_type"]
    with tempfile.TemporaryDirectory() as directory:
        db = database(directory)
        for line in open(os.path.join(FIXTURES, "commands.tsv"), encoding="utf-8"):
            label, command = line.rstrip("\n").split("\t")
            # Each output on a ledger of its own, as the Swift test runs them.
            subprocess.run([SITAN, "releases", "--new-ledger", "--reason", "csv check", "--db", db], check=True, stdout=subprocess.DEVNULL)
            result = subprocess.run([SITAN] + command.split() + ["--db", db, "--format", "csv"], capture_output=True, text=True)
            if result.returncode != 0:
                problems.append(f"{label}: exit {result.returncode}: {result.stderr}")
                continue
            path = os.path.join(directory, label + ".csv")
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(result.stdout)
            records = list(csv.reader(io.StringIO(result.stdout, newline="")))
            header = records[0]
            if any(len(r) != len(header) for r in records) or any(r and r[0].startswith("#") for r in records):
                problems.append(f"{label}: not rectangular for Python's csv")
            rows, classes = r_classes(path)
            types = csvkit_types(path)
            if rows != len(records) - 1 or len(classes) != len(header) or len(types) != len(header):
                problems.append(f"{label}: R read {rows} rows, {len(classes)} columns; csvkit {len(types)} columns; Python {len(records) - 1} rows")
            for name, r_class, kit_type in zip(header, classes, types):
                numbers = [r[header.index(name)] for r in records[1:] if r[header.index(name)] != ""]
                is_number = bool(numbers) and all(is_float(v) for v in numbers)
                # csvkit reads a column of only 0 and 1 as Boolean, which R and Python do not.
                kit_ok = kit_type == "Number" or (kit_type == "Boolean" and set(numbers) <= {"0", "1"})
                if is_number and (r_class not in NUMERIC_R or not kit_ok):
                    problems.append(f"{label}.{name}: numbers read as R {r_class}, csvkit {kit_type}")
                lines.append(f"{label}\t{name}\t{r_class}\t{kit_type}")
    with open(os.path.join(FIXTURES, "types.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(problems) if problems else f"ok: {len(lines) - 1} columns checked")
    return 1 if problems else 0


def is_float(value):
    try:
        float(value)
        return True
    except ValueError:
        return False


if __name__ == "__main__":
    sys.exit(main())
