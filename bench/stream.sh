#!/usr/bin/env bash
# Bulk-write and authentication benchmark for `prontodb stream`.
#   1. N tokens (default 1,000,000) into one namespace: security off, then with an API key; keys/second.
#   2. The sqlite3 tool inserting the same rows in one transaction into the same schema; the ratio.
#   3. Per-call cost of authenticating a one-token stream by API key, session and password (medians).
# Needs the project's own tools (bash, a JDK, Maven) and sqlite3. Usage: bench/stream.sh [N] [RUNS]
set -euo pipefail

n=${1:-1000000}
runs=${2:-15}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prontodb=$root/bin/prontodb
command -v sqlite3 >/dev/null || { echo "bench: sqlite3 is not installed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config PRONTO_ADMIN_PASS=bench-admin-pass
unset PRONTO_DB PRONTO_SECURITY PRONTO_DEBUG

now_ns() { date +%s%N; }
ms_since() { echo $(( ($(now_ns) - $1) / 1000000 )); }
rate() { awk -v n="$1" -v ms="$2" 'BEGIN { printf "%.0f", n / (ms / 1000) }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

"$prontodb" version >/dev/null   # builds the jar when needed, outside the timings

echo "generating $n tokens..."
awk -v n="$n" 'BEGIN { print "meta:path=bench.data"
  for (i = 1; i <= n; i++) printf "key%07d=value-%d-abcdefghijklmnop\n", i, i }' > "$work/tokens"
{
  echo "PRAGMA synchronous=NORMAL;"
  echo "BEGIN IMMEDIATE;"
  # Multi-row INSERTs (500 rows a statement), so the baseline is not held back by parsing one statement per row.
  awk -v n="$n" -v q="'" 'BEGIN { for (i = 1; i <= n; i++) {
      printf "%s(%sbench%s,%sdata%s,%skey%07d%s,%s%s,CAST(%svalue-%d-abcdefghijklmnop%s AS BLOB),NULL,%d)",
        (i % 500 == 1 ? "INSERT OR REPLACE INTO kv (project, namespace, key, context, value, expires_at, seq) VALUES " : ","),
        q, q, q, q, q, i, q, q, q, q, i, q, i
      if (i % 500 == 0 || i == n) print ";" } }'
  echo "COMMIT;"
} > "$work/inserts.sql"

# An empty database with the current schema, copied for every run so each starts alike.
PRONTO_SECURITY=false "$prontodb" -d "$work/empty.db" keys >/dev/null
fresh() { rm -f "$work/run.db" "$work/run.db-wal" "$work/run.db-shm"; cp "$work/empty.db" "$work/run.db"; }
count() { sqlite3 "$work/run.db" "SELECT count(*) FROM kv WHERE project = 'bench' AND namespace = 'data'"; }
check() { [ "$(count)" = "$n" ] || { echo "bench: expected $n rows, found $(count)" >&2; exit 1; }; }

best_off=; best_key=; best_sql=
for run in 1 2 3; do
  fresh; t=$(now_ns); PRONTO_SECURITY=false "$prontodb" -d "$work/run.db" stream < "$work/tokens"; ms=$(ms_since "$t"); check
  [ -z "$best_off" ] || [ "$ms" -lt "$best_off" ] && best_off=$ms

  fresh; key=$("$prontodb" -d "$work/run.db" admin create-apikey admin 2>/dev/null)
  t=$(now_ns); { echo "meta:sec:apikey=$key"; cat "$work/tokens"; } | "$prontodb" -d "$work/run.db" stream 2>/dev/null
  ms=$(ms_since "$t"); check
  [ -z "$best_key" ] || [ "$ms" -lt "$best_key" ] && best_key=$ms

  fresh; t=$(now_ns); sqlite3 "$work/run.db" < "$work/inserts.sql"; ms=$(ms_since "$t"); check
  [ -z "$best_sql" ] || [ "$ms" -lt "$best_sql" ] && best_sql=$ms
done

echo
echo "bulk write, $n keys into one namespace (best of 3, wall time including JVM start):"
printf "  %-34s %7d ms %10s keys/s\n" "prontodb stream, security off" "$best_off" "$(rate "$n" "$best_off")"
printf "  %-34s %7d ms %10s keys/s\n" "prontodb stream, API key" "$best_key" "$(rate "$n" "$best_key")"
printf "  %-34s %7d ms %10s keys/s\n" "sqlite3, one transaction" "$best_sql" "$(rate "$n" "$best_sql")"
awk -v a="$best_off" -v b="$best_key" -v s="$best_sql" \
  'BEGIN { printf "  ratio to sqlite3: %.2fx (security off), %.2fx (API key); target within 2x\n", a / s, b / s }'

# Authentication per call. In-JVM (bench/AuthCost.java): what Security adds to one cold call, exactly.
# End to end: one-token streams, alternating the ways in; the fastest of $runs calls each, since other load on
# the machine only ever adds time.
fresh
"$prontodb" -d "$work/run.db" admin passwd admin <<< "bench-admin-pass" 2>/dev/null
key=$("$prontodb" -d "$work/run.db" admin create-apikey admin 2>/dev/null)
session=$("$prontodb" -d "$work/run.db" login admin <<< "bench-admin-pass" 2>/dev/null)
java_cp="$root/target/prontodb.jar:$root/target/lib/*"
in_jvm() { for ((i = 0; i < 5; i++)); do java -XX:+UseSerialGC -cp "$java_cp" "$root/bench/AuthCost.java" "$work/run.db" "$@"; done | median; }
: > "$work/off.ms"; : > "$work/key.ms"; : > "$work/session.ms"; : > "$work/pass.ms"
for ((i = 0; i < runs; i++)); do
  t=$(now_ns); PRONTO_SECURITY=false "$prontodb" -d "$work/run.db" stream <<< "k=v"; ms_since "$t" >> "$work/off.ms"
  t=$(now_ns); "$prontodb" -d "$work/run.db" stream <<< "meta:sec:apikey=$key; k=v"; ms_since "$t" >> "$work/key.ms"
  t=$(now_ns); "$prontodb" -d "$work/run.db" stream <<< "meta:sec:session=$session; k=v"; ms_since "$t" >> "$work/session.ms"
  t=$(now_ns); "$prontodb" -d "$work/run.db" stream <<< "meta:sec:pass=bench-admin-pass; meta:sec:user=admin; k=v"
  ms_since "$t" >> "$work/pass.ms"
done
fastest() { sort -n "$1" | head -1; }
echo
echo "authentication, in a fresh JVM (median of 5):"
printf "  %-34s %7s ms\n" "API key" "$(in_jvm apikey "$key")"
printf "  %-34s %7s ms\n" "session token" "$(in_jvm session "$session")"
printf "  %-34s %7s ms  (PBKDF2-HMAC-SHA256, 600000 iterations)\n" "password" "$(in_jvm password bench-admin-pass admin)"
echo "one-token stream end to end (fastest of $runs calls; JVM start included):"
for way in off key session pass; do
  printf "  %-34s %7s ms\n" "$way" "$(fastest "$work/$way.ms")"
done
