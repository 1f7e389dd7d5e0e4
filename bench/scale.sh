#!/usr/bin/env bash
# Scale: median wall time of N `get` (and `nss`) calls with 10,000,000 keys in the database against N with 1,000
# (round-robin),
# and whether `keys` of a 1,000,000-key namespace streams: time to its first line against its total time, and its
# peak RSS against a 1,000-key listing. Needs the sqlite3 CLI (it fills the databases) and Linux /proc.
# Usage: bench/scale.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
command -v sqlite3 >/dev/null || { echo "bench/scale.sh needs the sqlite3 CLI" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config XDG_CACHE_HOME=$work/cache
mkdir -p "$HOME"
unset PRONTO_DB

# fill DB COUNT: the launcher creates the schema, then sqlite3 adds COUNT keys, 1,000,000 per namespace scale.nsN.
fill() {
  bin/prontodb -d "$1" set scale.setup.done yes
  sqlite3 "$1" >/dev/null <<SQL
PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $2 - 1)
INSERT INTO kv (project, namespace, key, context, value, seq)
  SELECT 'scale', 'ns' || (i / 1000000), printf('key%08d', i % 1000000), '', 'value ' || i, i + 2 FROM n;
UPDATE sys_counters SET value = (SELECT max(seq) FROM kv) WHERE name = 'write_seq';
COMMIT;
PRAGMA journal_mode=WAL;
SQL
}

start=$(date +%s)
fill "$work/small.db" 1000
fill "$work/big.db" 10000000
sync                                                  # no writeback of the fill during the timing
echo "filled 1,000 and 10,000,000 keys in $(( $(date +%s) - start )) s ($(du -m "$work/big.db" | cut -f1) MiB)"

bin/prontodb version >/dev/null                       # the start-up cache of the commands besides get and keys
source bench/startup-caches.sh
await_startup_caches 2                                # the launcher's two start-up caches

declare -A times
for ((i = -1; i < runs; i++)); do
  for db in small big; do
    t0=$(date +%s%N)
    [ "$(bin/prontodb -d "$work/$db.db" get scale.ns0.key00000500)" = "value 500" ] || { echo "wrong value" >&2; exit 1; }
    t1=$(date +%s%N)
    bin/prontodb -d "$work/$db.db" nss >/dev/null
    t2=$(date +%s%N)
    ((i < 0)) || { times[$db]+="$(( (t1 - t0) / 1000 )) "; times[nss_$db]+="$(( (t2 - t1) / 1000 )) "; }
  done
done
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f", m/1000}'; }
small=$(median "${times[small]}")
big=$(median "${times[big]}")
echo "get, median of $runs runs: 1,000 keys $small ms, 10,000,000 keys $big ms, ratio $(awk -v a="$big" -v b="$small" 'BEGIN { printf "%.2f", a / b }')"
nss_small=$(median "${times[nss_small]}")
nss_big=$(median "${times[nss_big]}")
echo "nss, median of $runs runs: 1,000 keys $nss_small ms, 10,000,000 keys (10 namespaces) $nss_big ms, ratio $(awk -v a="$nss_big" -v b="$nss_small" 'BEGIN { printf "%.2f", a / b }')"

# listing DB NAMESPACE: prints lines, ms to the first line, ms in all, peak RSS in MiB (VmHWM, sampled to the end).
listing() {
  local fifo=$work/fifo t0 first total lines peak=0 hwm
  rm -f "$fifo"; mkfifo "$fifo"
  t0=$(date +%s%N)
  bin/prontodb -d "$1" keys "$2" >"$fifo" &
  local pid=$!
  (
    while [ -e "/proc/$pid" ]; do
      hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null) && [ -n "$hwm" ] && peak=$hwm
      sleep 0.02
    done
    echo "$peak" >"$work/peak"
  ) &
  local poller=$!
  {
    IFS= read -r _
    first=$(date +%s%N)
    lines=$(( $(wc -l) + 1 ))
  } <"$fifo"
  wait "$pid"
  total=$(date +%s%N)
  wait "$poller"
  echo "$lines $(( (first - t0) / 1000000 )) $(( (total - t0) / 1000000 )) $(( $(cat "$work/peak") / 1024 ))"
}

read -r lines first total rss < <(listing "$work/big.db" scale.ns5)
[ "$lines" = 1000000 ] || { echo "keys listed $lines lines, not 1000000" >&2; exit 1; }
read -r small_lines _ small_total small_rss < <(listing "$work/small.db" scale.ns0)
echo "keys of 1,000,000: first line after $first ms, all after $total ms; peak RSS $rss MiB"
echo "keys of $small_lines:     all after $small_total ms; peak RSS $small_rss MiB"
