#!/usr/bin/env bash
# Benchmark of Raquette at several scales, against a geopandas + scipy baseline (bench/baseline.py).
# See docs/performance.md.
#
#   bench/run.sh                        # everything, 5 runs each
#   RUNS=7 SCALES="creuse france" bench/run.sh
#
# Environment:
#   RUNS       runs per command and territory (default 5; medians need at least 5)
#   SCALES     among: creuse rhone dep1 dep10 dep100 france (default: all)
#   JAVA_OPTS  JVM options for Raquette (default -Xmx2g; bin/raquette adds its own collector, heap
#              and compiler settings, as for a user)
#   NATIONAL   folder of the national files (default ../shared/open-data/france beside the repo)
#   BASELINE   0 to skip the Python baseline (default 1)
#   FORMAT     outputs of diagnose (default: none given, so the default formats a user gets, maps
#              and rapport.html included; md,csv for the analysis and its tables alone)
set -euo pipefail

repo=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
RUNS=${RUNS:-5}
# Outputs of diagnose: what a user gets without --format, unless FORMAT names some.
FORMAT=${FORMAT:-}
format_opt=()
if [ -n "$FORMAT" ]; then
  format_opt=(--format "$FORMAT")
fi
SCALES=${SCALES:-"creuse rhone dep1 dep10 dep100 france"}
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
NATIONAL=${NATIONAL:-$repo/../shared/open-data/france}
BASELINE=${BASELINE:-1}
PY=/usr/bin/python3
jar="$repo/cli/target/raquette.jar"

if [ ! -d "$NATIONAL" ]; then
  echo "bench: national files not found in $NATIONAL (set NATIONAL=...)" >&2
  exit 2
fi
NATIONAL=$(CDPATH= cd -- "$NATIONAL" && pwd)

if [ ! -f "$jar" ]; then
  echo "bench: building $jar" >&2
  (cd "$repo" && mvn -B -q -DskipTests package)
fi
if [ ! -x /usr/bin/time ]; then
  echo "bench: installing GNU time" >&2
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time
fi
if [ "$BASELINE" = 1 ] && ! "$PY" -c 'import geopandas, scipy' 2>/dev/null; then
  echo "bench: installing python3-geopandas python3-scipy for the baseline" >&2
  apt-get update -q &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      python3-geopandas python3-scipy
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/raquette-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Départements: 1 = Cantal; 10 = 01 to 10; 100 = the 96 of metropolitan France and 971 to 974
# (the départements whose communes have outlines in the 2018 GeoJSON, Mayotte aside).
dep1="15"
dep10="01,02,03,04,05,06,07,08,09,10"
dep100=$(awk -F';' 'NR > 1 && $3 == "COM" && $5 < "975" { print $5 }' \
  "$NATIONAL/communes-france.csv" | sort -u | paste -sd, -)

# median min max of the numbers on stdin
stats() {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "- - -"; exit }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f %.2f %.2f\n", m, v[1], v[NR] }'
}

# runs a command RUNS times under /usr/bin/time; prints "median min max" of wall seconds, then
# of peak RSS in MB, then the median of each --timings stage.
measure() {
  local name=$1
  shift
  : >"$work/$name.wall"
  : >"$work/$name.rss"
  : >"$work/$name.stages"
  for ((i = 1; i <= RUNS; i++)); do
    if ! /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt"; then
      echo "bench: failed ($name): $*" >&2
      tail -5 "$work/err.txt" >&2
      return 1
    fi
    read -r wall rss <"$work/time.txt"
    echo "$wall" >>"$work/$name.wall"
    awk -v k="$rss" 'BEGIN { printf "%.1f\n", k / 1024 }' >>"$work/$name.rss"
    grep -E -o '(timings|stages):.*' "$work/err.txt" | tr ' ' '\n' | grep '=' >>"$work/$name.stages" || true
  done
  local stages=""
  for s in $(cut -d= -f1 "$work/$name.stages" | awk '!seen[$0]++'); do
    stages+="$s=$(grep "^$s=" "$work/$name.stages" | cut -d= -f2 | tr -d 's' | stats | cut -d' ' -f1)s "
  done
  echo "$(stats <"$work/$name.wall")|$(stats <"$work/$name.rss")|${stages:--}"
}

fmt() { # "med min max" -> "med (min–max)"
  read -r m lo hi <<<"$1"
  echo "$m ($lo–$hi)"
}

# Through the launcher, as a user runs it (it adds the class-data sharing archive of the build).
raq=(env "JAVA_OPTS=$JAVA_OPTS" "$repo/bin/raquette")

echo "# Raquette benchmark"
echo
echo "- date: $(date -u +%Y-%m-%d), commit: $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "- machine: $(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')," \
  "$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) memory"
echo "- java: $(java -version 2>&1 | head -1), JAVA_OPTS=$JAVA_OPTS; runs per command: $RUNS"
echo "- baseline: $("$PY" -c 'import geopandas, scipy, sys; print("python", sys.version.split()[0], "geopandas", geopandas.__version__, "scipy", scipy.__version__)' 2>/dev/null || echo none)"
echo
echo "Wall time in seconds and peak RSS in MB: median (min–max) over $RUNS runs."
echo
echo "| territory | communes | command | wall s | peak RSS MB | stages (median) |"
echo "|---|---|---|---|---|---|"

declare -A ratio
for scale in $SCALES; do
  # The baseline reads the national files, or the folder made from them by raquette init (same
  # file names), so that both tools read the same bytes.
  case $scale in
    creuse) folder="$repo/data-samples/creuse" deps=23 ;;
    rhone) folder="$repo/data-samples/rhone" deps=69 ;;
    dep1 | dep10 | dep100) deps=${!scale} folder="$work/$scale" ;;
    france) folder="$NATIONAL" deps="" ;;
    *)
      echo "bench: unknown scale $scale" >&2
      exit 2
      ;;
  esac
  input="$NATIONAL"
  if [ -n "$deps" ]; then
    input="$work/$scale-init"
    /usr/bin/time -f "%e %M" -o "$work/time.txt" \
      "${raq[@]}" init "$input" --from "$NATIONAL" --departement "$deps" -q >/dev/null
    read -r wall rss <"$work/time.txt"
    echo "| $scale | | init (once) | $wall | $(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }') | |"
    [ "$folder" = "$work/$scale" ] && folder="$input"
  fi
  communes=$("${raq[@]}" validate "$folder" 2>/dev/null | awk -F': ' '/^Communes/ { split($2, a, ","); print a[1] }')
  IFS='|' read -r w r s <<<"$(measure "$scale-validate" "${raq[@]}" validate -q "$folder")"
  echo "| $scale | $communes | validate | $(fmt "$w") | $(fmt "$r") | $s |"
  IFS='|' read -r w r s <<<"$(measure "$scale-diagnose" "${raq[@]}" diagnose "$folder" -o "$work/report" --force -q --timings "${format_opt[@]}")"
  echo "| $scale | $communes | diagnose | $(fmt "$w") | $(fmt "$r") | $s |"
  diag=$(cut -d' ' -f1 <<<"$w")
  if [ "$BASELINE" = 1 ]; then
    args=("$input" -o "$work/baseline.csv")
    [ -n "$deps" ] && args+=(--departements "$deps")
    IFS='|' read -r w r s <<<"$(measure "$scale-baseline" "$PY" "$repo/bench/baseline.py" "${args[@]}")"
    echo "| $scale | $communes | baseline (python) | $(fmt "$w") | $(fmt "$r") | |"
    base=$(cut -d' ' -f1 <<<"$w")
    ratio[$scale]=$(awk -v a="$diag" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
  fi
done

if [ "$BASELINE" = 1 ]; then
  echo
  echo "Ratio of medians, Raquette diagnose (10 themes, reports) / baseline (1 theme, no report):"
  echo
  for scale in $SCALES; do
    echo "- $scale: ${ratio[$scale]}"
  done
fi
