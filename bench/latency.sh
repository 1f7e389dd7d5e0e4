#!/usr/bin/env bash
# Per-call latency: median wall time of N `prontodb get|set|keys` calls (and `get` in a TTL namespace) against N runs of a Java hello world, on the
# JDK the launcher picks and on the default `java` (JAVA_HOME pointed at it), with the launcher's start-up cache in
# place. Everything runs round-robin, so a busy machine slows every figure alike. Usage: bench/latency.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config XDG_CACHE_HOME=$work/cache
mkdir -p "$HOME"
unset JAVA_HOME PRONTO_DB PRONTO_STARTUP_CACHE

launcher_java=$(bash -c 'source <(sed -n "/^java_bin=/,/^fi$/p" bin/prontodb); echo "$java_bin"')
default_java=$(readlink -f "$(command -v java)")
default_home=${default_java%/bin/java}

cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
"$default_home/bin/javac" --release 17 -d "$work" "$work/Hello.java"

bin/prontodb version >/dev/null                      # builds on first use, outside the timing
for i in 1 2 3 4 5 6 7 8 9 10; do bin/prontodb set "bench.std.key$i" "value$i"; done
bin/prontodb set bench.std.key value
bin/prontodb admin create-cache bench.ttl timeout=86400
bin/prontodb set bench.ttl.key value
JAVA_HOME=$default_home bin/prontodb get bench.std.key >/dev/null

# Both JDKs' start-up caches for these commands (the direct path's) come from background training runs: wait for them.
want=2; [ "$launcher_java" -ef "$default_java" ] && want=1
source bench/startup-caches.sh
await_startup_caches "$want" direct

labels=(
  "hello world (default java)"
  "hello world (launcher JDK)"
  "get  (launcher JDK)"
  "set  (launcher JDK)"
  "keys (launcher JDK)"
  "get  (default java)"
  "set  (default java)"
  "keys (default java)"
  "get TTL namespace (launcher)"
)
call() {
  case $1 in
    0) "$default_java" -cp "$work" Hello ;;
    1) "$launcher_java" -cp "$work" Hello ;;
    2) bin/prontodb get bench.std.key ;;
    3) bin/prontodb set bench.std.key value ;;
    4) bin/prontodb keys bench.std ;;
    5) JAVA_HOME=$default_home bin/prontodb get bench.std.key ;;
    6) JAVA_HOME=$default_home bin/prontodb set bench.std.key value ;;
    7) JAVA_HOME=$default_home bin/prontodb keys bench.std ;;
    8) bin/prontodb get bench.ttl.key ;;
  esac
}

declare -A times
for ((i = -1; i < runs; i++)); do                   # run -1 warms up
  for c in "${!labels[@]}"; do
    start=$(date +%s%N)
    call "$c" >/dev/null
    end=$(date +%s%N)
    ((i < 0)) || times[$c]+="$(( (end - start) / 1000 )) "
  done
done

median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f", m/1000}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
declare -A med
for c in "${!labels[@]}"; do med[$c]=$(median "${times[$c]}"); done

echo "median of $runs runs, milliseconds; $(nproc) cores"
echo "  launcher JDK: $launcher_java"
echo "  default java: $default_java"
printf '  %-28s %8s %16s %17s\n' "" "ms" "/ hello default" "/ hello same JDK"
for c in "${!labels[@]}"; do
  same=$(( c == 0 || (c >= 5 && c <= 7) ? 0 : 1 ))
  printf '  %-28s %8s %16s %17s\n' "${labels[$c]}" "${med[$c]}" "$(ratio "${med[$c]}" "${med[0]}")" \
    "$(ratio "${med[$c]}" "${med[$same]}")"
done
echo "  get in a TTL namespace / get in a standard one: $(ratio "${med[8]}" "${med[2]}")"
