# Shared by the bench scripts (sourced): medians, run counts, the synthetic survey file.

# The median of the numbers on stdin, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# How many times to run at ROWS rows: RUNS (3) up to one million, RUNS_LARGE (1) above.
runs_for() { if [ "$1" -le 1000000 ]; then echo "${RUNS:-3}"; else echo "${RUNS_LARGE:-1}"; fi; }

# The synthetic Polish survey file of ROWS rows under build/bench (written by SITAN once).
survey_file() { # sitan rows
  local file=build/bench/pl-survey-$2.csv
  mkdir -p build/bench
  [ -f "$file" ] || "$1" synth --country PL --kind survey --seed 7 --rows "$2" --out "$file" >/dev/null
  echo "$file"
}

# Runs a command under /usr/bin/time, appending wall seconds, CPU seconds (user + system) and
# peak RSS in kB to PREFIX.w, PREFIX.c and PREFIX.m; its stdout goes to PREFIX.out, its
# stderr to PREFIX.err. Usage: timed PREFIX command...
timed() {
  local prefix=$1 w u k m; shift
  /usr/bin/time -f "%e %U %S %M" -o "$prefix.t" "$@" >"$prefix.out" 2>"$prefix.err"
  read -r w u k m <"$prefix.t"
  echo "$w" >>"$prefix.w"; echo "$u + $k" | bc >>"$prefix.c"; echo "$m" >>"$prefix.m"
}
