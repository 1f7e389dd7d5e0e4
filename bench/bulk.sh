#!/usr/bin/env bash
# Times prontodb import and export of N generated rows (default 1,000,000) against the sqlite3 CLI doing the
# same work (.import into the same columns; the same sorted SELECT, written to a file, from a copy of the database
# prontodb exported, so both read the very same table: kv is WITHOUT ROWID, clustered by its primary key, so the
# ORDER BY is the table's own order), and reports peak RSS. Exports run EXPORT_RUNS times (default 5), alternating
# with sqlite3's; their medians give the ratios, of wall time and of CPU time (user + system, steadier on a busy
# machine).
# Usage: bench/bulk.sh [ROWS ...]     e.g. bench/bulk.sh 1000000 5000000
# Needs sqlite3; uses /usr/bin/time for peak RSS when present, else reads VmHWM from /proc while it runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
prontodb=$root/bin/prontodb
command -v sqlite3 >/dev/null || { echo "bench: sqlite3 is needed" >&2; exit 1; }
[ $# -gt 0 ] || set -- 1000000

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config XDG_CACHE_HOME=$work/cache
mkdir -p "$HOME"
# Builds on first use, and trains both start-up caches (export takes the direct one), outside the timings.
"$prontodb" version >/dev/null
"$prontodb" -d "$work/warm.db" set warm.up.key value
"$prontodb" -d "$work/warm.db" get warm.up.key >/dev/null
source "$root/bench/startup-caches.sh"
await_startup_caches 2

# run LABEL CMD...: runs CMD, sets $secs, $cpu (user + system seconds, when /usr/bin/time is there, else the wall
# time) and $rss_mib (peak resident set size).
run() {
  local label=$1; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@"
    read -r secs rss_kib user sys < "$work/time"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
  else
    local start end peak=0 pid hwm
    start=$(date +%s.%N)
    "$@" & pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      [ "${hwm:-0}" -gt "$peak" ] && peak=$hwm
      sleep 0.05
    done
    wait "$pid"
    end=$(date +%s.%N)
    secs=$(sqlite3 :memory: "SELECT $end - $start")
    cpu=$secs
    rss_kib=$peak
  fi
  rss_mib=$((rss_kib / 1024))
  printf '  %-28s %8.2f s  %6.2f s CPU  %6d MiB peak RSS\n' "$label" "$secs" "$cpu" "$rss_mib"
}
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
export_runs=${EXPORT_RUNS:-5}

schema="$(cat <<'SQL'
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE kv (project TEXT NOT NULL, namespace TEXT NOT NULL, key TEXT NOT NULL,
  context TEXT NOT NULL DEFAULT '', value BLOB NOT NULL, expires_at INTEGER,
  UNIQUE (project, namespace, key, context));
CREATE INDEX kv_expiry ON kv (expires_at) WHERE expires_at IS NOT NULL;
SQL
)"

for rows in "$@"; do
  data=$work/rows.tsv
  echo "== $rows rows"
  sqlite3 :memory: ".mode tabs" ".headers on" "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $rows - 1)
    SELECT 'bench' AS project, 'ns' || (i % 100) AS namespace, 'key' || i AS key, '' AS context,
           'value ' || i || ' ' || hex(randomblob(24)) AS value, '' AS expires_at FROM n" > "$data"
  echo "  input: $(du -m "$data" | cut -f1) MiB TSV"

  rm -f "$work"/p.db* "$work"/s.db* "$work"/e.db*
  run "prontodb import" "$prontodb" -d "$work/p.db" import "$data" 2>/dev/null
  p_import=$secs; p_import_rss=$rss_mib
  sqlite3 "$work/s.db" "$schema" >/dev/null
  run "sqlite3 .import" sqlite3 "$work/s.db" ".mode tabs" ".import --skip 1 $data kv"
  s_import=$secs

  cp "$work/p.db" "$work/e.db"
  [ ! -f "$work/p.db-wal" ] || cp "$work/p.db-wal" "$work/e.db-wal"
  p_walls= p_cpus= s_walls= s_cpus=
  for ((r = 0; r < export_runs; r++)); do
    rm -f "$work/p.tsv" "$work/s.tsv"
    run "prontodb export" "$prontodb" -d "$work/p.db" export --out "$work/p.tsv"
    p_walls+="$secs " p_cpus+="$cpu " p_export_rss=$rss_mib
    run "sqlite3 select > file" sqlite3 "$work/e.db" ".mode tabs" ".headers on" ".output $work/s.tsv" \
        "SELECT project, namespace, key, context, value, expires_at FROM kv ORDER BY project, namespace, key, context"
    s_walls+="$secs " s_cpus+="$cpu "
  done
  p_export=$(median "$p_walls") s_export=$(median "$s_walls")
  p_export_cpu=$(median "$p_cpus") s_export_cpu=$(median "$s_cpus")

  cmp -s "$work/p.tsv" "$work/s.tsv" && same=identical || same=different
  echo "  export files: $same"
  sqlite3 :memory: "SELECT printf('  ratio prontodb/sqlite3: import %.2fx; export %.2fx (median of $export_runs: %.2f s against %.2f s), CPU %.2fx (%.2f s against %.2f s); peak RSS import %d MiB, export %d MiB',
      $p_import / $s_import, $p_export / $s_export, $p_export, $s_export, $p_export_cpu / $s_export_cpu,
      $p_export_cpu, $s_export_cpu, $p_import_rss, $p_export_rss)"
done
