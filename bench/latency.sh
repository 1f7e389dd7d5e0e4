#!/usr/bin/env bash
# Per-call latency: median wall time of N `prontodb get|set|keys` calls against N runs of a Java hello world,
# on the JDK the launcher picks and on the default `java`, with their ratios. Usage: bench/latency.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
mkdir -p "$HOME"

bin/prontodb version >/dev/null                      # builds on first use, outside the timing
bin/prontodb set bench.std.key value
bin/prontodb admin create-cache bench.ttl timeout=86400
bin/prontodb set bench.ttl.key value

# The JDK the launcher runs (it prints nothing about it, so ask the same way it decides).
launcher_java=$(bash -c 'source <(sed -n "/^java_bin=/,/^fi$/p" bin/prontodb); echo "$java_bin"')
default_java=$(command -v java)

cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac --release 17 -d "$work" "$work/Hello.java"

now_ns() { date +%s%N; }

# median_ms CMD...: runs CMD $runs times (after one warm-up), prints the median wall time in ms.
median_ms() {
  "$@" >/dev/null 2>&1 || true
  local times=() i start end
  for ((i = 0; i < runs; i++)); do
    start=$(now_ns); "$@" >/dev/null 2>&1 || true; end=$(now_ns)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f\n", m/1000}'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

hello_launcher=$(median_ms "$launcher_java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -cp "$work" Hello)
hello_default=$(median_ms "$default_java" -cp "$work" Hello)
get_std=$(median_ms bin/prontodb get bench.std.key)
get_ttl=$(median_ms bin/prontodb get bench.ttl.key)
set_std=$(median_ms bin/prontodb set bench.std.key2 value)
keys_std=$(median_ms bin/prontodb keys bench.std)

echo "median of $runs runs, milliseconds"
echo "  launcher JDK: $launcher_java"
echo "  default JDK:  $default_java"
printf '  %-34s %8s\n' "hello world (launcher JDK, same flags)" "$hello_launcher" \
  "hello world (default java)" "$hello_default" \
  "prontodb get (standard namespace)" "$get_std" \
  "prontodb get (TTL namespace)" "$get_ttl" \
  "prontodb set" "$set_std" \
  "prontodb keys" "$keys_std"
echo "ratios"
echo "  get / hello (launcher JDK):  $(ratio "$get_std" "$hello_launcher")"
echo "  get / hello (default java):  $(ratio "$get_std" "$hello_default")"
echo "  set / hello (default java):  $(ratio "$set_std" "$hello_default")"
echo "  keys / hello (default java): $(ratio "$keys_std" "$hello_default")"
echo "  get TTL / get standard:      $(ratio "$get_ttl" "$get_std")"
