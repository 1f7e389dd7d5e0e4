#!/usr/bin/env bash
# What each start-up optimisation buys: median wall time of `get` started directly with java, adding one measure at
# a time, on the JDK the launcher picks (24 or newer: it makes an AOT cache). The variants run round-robin, so a
# busy machine slows them all alike.
# Usage: bench/startup.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config XDG_CACHE_HOME=$work/cache
export PRONTO_STDIN_TTY=0
mkdir -p "$HOME"

PRONTO_STARTUP_CACHE=0 bin/prontodb set bench.std.key value >/dev/null   # builds on first use
java=$(bash -c 'source <(sed -n "/^java_bin=/,/^fi$/p" bin/prontodb); echo "$java_bin"')
jar=target/prontodb.jar
native=(-Dorg.sqlite.lib.path=target/native/org/sqlite/native/Linux/$HOSTTYPE -Dorg.sqlite.lib.name=libsqlitejdbc.so)
tuned=(--enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData)
quiet=(-Xlog:disable -Xlog:all=warning,aot*=off,cds*=off:stderr)
mkdir -m 700 "$work/training"       # the launcher's direct-path cache, made the way the launcher makes it
"$java" "${native[@]}" "${tuned[@]}" -cp "$jar" io.prontodb.Training prepare "$work/training" >/dev/null 2>&1
"$java" "${native[@]}" "${tuned[@]}" -XX:AOTCacheOutput="$work/app.aot" "${quiet[@]}" -cp "$jar" io.prontodb.Training \
  direct "$work/training" >/dev/null 2>&1
aot=(-XX:AOTCache="$work/app.aot" "${quiet[@]}")

names=(
  "java -jar (sqlite-jdbc extracts its library)"
  "+ pre-extracted native library"
  "+ SerialGC, C1 only, no perf data"
  "+ AOT cache"
  "+ locale providers HOST"
  "bin/prontodb (launcher: all of the above)"
  "bin/prontodb, PRONTO_STARTUP_CACHE=0"
)
variant() {
  case $1 in
    0) "$java" --enable-native-access=ALL-UNNAMED -jar "$jar" get bench.std.key ;;
    1) "$java" --enable-native-access=ALL-UNNAMED "${native[@]}" -jar "$jar" get bench.std.key ;;
    2) "$java" "${native[@]}" "${tuned[@]}" -jar "$jar" get bench.std.key ;;
    3) "$java" "${native[@]}" "${tuned[@]}" "${aot[@]}" -jar "$jar" get bench.std.key ;;
    4) "$java" "${native[@]}" "${tuned[@]}" "${aot[@]}" -Djava.locale.providers=HOST -jar "$jar" get bench.std.key ;;
    5) bin/prontodb get bench.std.key ;;
    6) PRONTO_STARTUP_CACHE=0 bin/prontodb get bench.std.key ;;
  esac
}

bin/prontodb get bench.std.key >/dev/null   # starts the launcher's own training run
while ! compgen -G "$XDG_CACHE_HOME/prontodb/*.aot" >/dev/null && ! compgen -G "$XDG_CACHE_HOME/prontodb/*.jsa" >/dev/null; do
  sleep 0.5
done

declare -A times
for ((i = -1; i < runs; i++)); do
  for v in "${!names[@]}"; do
    start=$(date +%s%N)
    out=$(variant "$v")
    end=$(date +%s%N)
    [ "$out" = value ] || { echo "variant $v printed '$out'" >&2; exit 1; }
    ((i >= 0)) && times[$v]+="$(( (end - start) / 1000 )) "
  done
done

median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f", m/1000}'; }
echo "get, median of $runs runs in ms, $java"
base=$(median "${times[0]}")
for v in "${!names[@]}"; do
  m=$(median "${times[$v]}")
  printf '  %-46s %7s  %5s x\n' "${names[$v]}" "$m" "$(awk -v a="$m" -v b="$base" 'BEGIN { printf "%.2f", a / b }')"
done
