#!/usr/bin/env python3
"""Runs the `$ sitan ...` commands of docs/tutorial.md and writes what they print back into it.

The tutorial's console blocks are the golden output that TutorialTests checks. After a change
that alters what sitan prints, rerun this from the repository root and review the diff:
    python3 docs/tutorial/update_output.py .build/debug/sitan
It runs the commands in a fresh folder laid out like the repository (docs/tutorial/ and
datasets/variables.yaml), prints stdout then stderr, replaces timestamps with a placeholder of
the same width and strips trailing spaces, as the test does. Lines `$ echo $?` and the exit code
after them are kept and refreshed.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/sitan")
tutorial = "docs/tutorial.md"
work = tempfile.mkdtemp(prefix="sitan-tutorial-")
shutil.copytree("docs/tutorial", os.path.join(work, "docs/tutorial"))
os.makedirs(os.path.join(work, "datasets"))
shutil.copy("datasets/variables.yaml", os.path.join(work, "datasets/variables.yaml"))
env = {k: v for k, v in os.environ.items() if k not in ("SITAN_DB", "SITAN_DICTIONARY")}


def normalised(text):
    text = re.sub(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", "YYYY-MM-DDTHH:MM:SSZ", text)
    lines = [line.rstrip(" ") for line in text.split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    return lines


out, in_console, skipping, status = [], False, False, 0
for line in open(tutorial, encoding="utf-8").read().split("\n"):
    if line.startswith("```"):
        in_console = not in_console and line == "```console"
        skipping = False
        out.append(line)
        continue
    if in_console and line.startswith("$ sitan "):
        run = subprocess.run([binary] + line[len("$ sitan "):].split(" "), cwd=work, env=env,
                             capture_output=True, text=True)
        status = run.returncode
        out.append(line)
        out.extend(normalised(run.stdout + run.stderr))
        skipping = True
    elif in_console and line == "$ echo $?":
        out.append(line)
        out.append(str(status))
        skipping = True
    elif not (in_console and skipping):
        out.append(line)
open(tutorial, "w", encoding="utf-8").write("\n".join(out))
shutil.rmtree(work)
