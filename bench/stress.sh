#!/usr/bin/env bash
# Many writers on one database: W processes x N `set` calls plus R processes reading in a loop, all at once.
# Prints calls, failures, keys present and wall time. Usage: bench/stress.sh [WRITERS] [SETS_EACH] [READERS]
set -uo pipefail
cd "$(dirname "$0")/.."
writers=${1:-8} sets=${2:-100} readers=${3:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
mkdir -p "$HOME"
bin/prontodb set stress.meta.started yes || exit 1

writer() {
  local w=$1 i failed=0
  for ((i = 0; i < sets; i++)); do
    bin/prontodb set "stress.load.w${w}_k$i" "value $w $i" 2>>"$work/errors" || failed=$((failed + 1))
  done
  echo "$failed" > "$work/failed.w$w"
}

reader() {
  local r=$1 calls=0 failed=0
  while [ ! -e "$work/done" ]; do
    bin/prontodb keys stress.load >/dev/null 2>>"$work/errors" || failed=$((failed + 1))
    calls=$((calls + 1))
  done
  echo "$calls $failed" > "$work/read.r$r"
}

start=$(date +%s%N)
for ((r = 0; r < readers; r++)); do reader "$r" & done
pids=()
for ((w = 0; w < writers; w++)); do writer "$w" & pids+=($!); done
wait "${pids[@]}"
end=$(date +%s%N)
touch "$work/done"
wait

write_failures=$(cat "$work"/failed.w* | awk '{s += $1} END {print s + 0}')
read_calls=$(cat "$work"/read.r* 2>/dev/null | awk '{s += $1} END {print s + 0}')
read_failures=$(cat "$work"/read.r* 2>/dev/null | awk '{s += $2} END {print s + 0}')
present=$(bin/prontodb keys stress.load | wc -l)
expected=$((writers * sets))
wall_ms=$(( (end - start) / 1000000 ))

echo "writers: $writers x $sets set calls = $expected, failed: $write_failures"
echo "readers: $readers, keys calls: $read_calls, failed: $read_failures"
echo "keys present: $present of $expected"
echo "wall time of the writes: ${wall_ms} ms ($(awk -v n="$expected" -v ms="$wall_ms" 'BEGIN { printf "%.0f", n / (ms / 1000) }') sets/s)"
if [ -s "$work/errors" ]; then echo "first errors:"; sort "$work/errors" | uniq -c | head -5; fi
[ "$write_failures" -eq 0 ] && [ "$read_failures" -eq 0 ] && [ "$present" -eq "$expected" ]
