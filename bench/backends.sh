#!/usr/bin/env bash
# PostgreSQL against SQLite and against PostgreSQL's own tools, in one run, on a private temporary cluster:
#   get:    median wall time of `prontodb get` on a postgresql:// target / on a SQLite file      (target <= 1.5x)
#           next to the floor: bench/MinimalPostgresGet.java, only the driver's login and the select, with a start-up
#           cache of its own (JDK 24+) and the launcher's JIT flags
#   import: `prontodb import` of N rows / `psql \copy` of the same TSV into an equivalent table: ProntoDB's kv
#           columns and indexes, its write sequence drawn from a column default                  (target <= 1.5x)
#   export: `prontodb export` of N rows / `psql \copy (SELECT ...) TO` a file                   (target <= 1.5x)
# Usage: bench/backends.sh [ROWS] [GET_CALLS]     defaults: 1000000 rows, 21 calls
# Needs initdb, pg_ctl and psql (PATH or /usr/lib/postgresql/*/bin) and sqlite3 to generate the data.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
prontodb=$root/bin/prontodb
rows=${1:-1000000}
calls=${2:-21}

pgbin=$(dirname "$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
PATH=$pgbin:$PATH
for tool in initdb pg_ctl psql sqlite3; do
  command -v $tool >/dev/null || { echo "bench: $tool is needed" >&2; exit 1; }
done

work=$(mktemp -d)
as_pg=()
if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); chown postgres "$work"; fi
stop() {
  "${as_pg[@]}" pg_ctl -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config PGPASSWORD=bench
mkdir -p "$HOME"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo bench > "$work/pw"; chmod 644 "$work/pw"
"${as_pg[@]}" initdb -D "$work/pg" -U bench --pwfile="$work/pw" --auth-host=scram-sha-256 --auth-local=trust \
  -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" pg_ctl -D "$work/pg" -l "$work/pg.log" -w \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
pg=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U bench)
"${pg[@]}" -d postgres -c "CREATE DATABASE pronto" -c "CREATE DATABASE baseline"
target=postgresql://bench@127.0.0.1:$port/pronto
"$prontodb" version >/dev/null   # builds on first use, outside the timings

now() { date +%s.%N; }
seconds() { local start=$1; shift; "$@"; echo "$(now) - $start" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
ratio() { echo "scale=2; $1 / $2" | bc; }

echo "== get, median of $calls calls each (round-robin)"
"$prontodb" -d "$work/s.db" set p.n.k value
"$prontodb" -d "$target" set p.n.k value
# Both start-up caches of the key-value commands (the SQLite path's and the postgresql:// one) train in the
# background on first use: wait for them, so neither side is timed without its cache.
"$prontodb" -d "$work/s.db" get p.n.k >/dev/null; "$prontodb" -d "$target" get p.n.k >/dev/null
for _ in $(seq 120); do
  [ "$(find "$HOME/.cache/prontodb" -name '*.direct.aot' -o -name '*.postgres.aot' -o -name '*.direct.jsa' \
    -o -name '*.postgres.jsa' 2>/dev/null | wc -l)" -ge 2 ] && break
  sleep 1
done
# The floor program, built and given its own start-up cache with the JDK and JIT flags the launcher uses.
java_bin=$(bash -c 'source <(sed -n "/^java_bin=/,/^fi$/p" "$1"); echo "$java_bin"' _ "$prontodb")
jdk=$(dirname "$(dirname "$(readlink -f "$java_bin")")")
pgjar=$(ls "$root"/target/lib/postgresql-*.jar)
mkdir -p "$work/floor"
"$jdk/bin/javac" -cp "$pgjar" -d "$work/floor" "$root/bench/MinimalPostgresGet.java"
"$jdk/bin/jar" cf "$work/floor.jar" -C "$work/floor" MinimalPostgresGet.class
floor=("$java_bin" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xlog:disable -cp "$work/floor.jar:$pgjar")
if "$java_bin" -XX:AOTCacheOutput="$work/floor.aot" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData \
    -Xlog:disable -cp "$work/floor.jar:$pgjar" MinimalPostgresGet 127.0.0.1 "$port" pronto bench >/dev/null 2>&1; then
  floor+=(-XX:AOTCache="$work/floor.aot")
fi
floor+=(MinimalPostgresGet 127.0.0.1 "$port" pronto bench)
[ "$("${floor[@]}")" = value ] || { echo "bench: the floor program did not read the key" >&2; exit 1; }
for _ in 1 2 3; do "$prontodb" -d "$work/s.db" get p.n.k >/dev/null; "$prontodb" -d "$target" get p.n.k >/dev/null; done
: > "$work/get.sqlite"; : > "$work/get.pg"; : > "$work/get.floor"
for _ in $(seq "$calls"); do
  s=$(now); "$prontodb" -d "$work/s.db" get p.n.k >/dev/null; echo "$(now) - $s" | bc >> "$work/get.sqlite"
  s=$(now); "$prontodb" -d "$target" get p.n.k >/dev/null; echo "$(now) - $s" | bc >> "$work/get.pg"
  s=$(now); "${floor[@]}" >/dev/null; echo "$(now) - $s" | bc >> "$work/get.floor"
done
get_sqlite=$(median < "$work/get.sqlite"); get_pg=$(median < "$work/get.pg"); get_floor=$(median < "$work/get.floor")
printf '  sqlite file       %6.1f ms\n  postgresql://     %6.1f ms   ratio %s (target <= 1.5)\n' \
  "$(echo "$get_sqlite * 1000" | bc)" "$(echo "$get_pg * 1000" | bc)" "$(ratio "$get_pg" "$get_sqlite")"
printf '  floor: driver login + select only %6.1f ms   ratio %s to the sqlite get\n' \
  "$(echo "$get_floor * 1000" | bc)" "$(ratio "$get_floor" "$get_sqlite")"

"$prontodb" -d "$target" del p.n.k   # the export below holds exactly the imported rows
echo "== import and export of $rows rows"
data=$work/rows.tsv
sqlite3 :memory: ".mode tabs" ".headers on" "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $rows - 1)
  SELECT 'bench' AS project, 'ns' || (i % 100) AS namespace, 'key' || i AS key, '' AS context,
         'value ' || i || ' ' || hex(randomblob(24)) AS value, '' AS expires_at FROM n" > "$data"
# COPY's text format: no header, and \N for the empty expiry.
tail -n +2 "$data" | sed 's/\t$/\t\\N/' > "$work/rows.copy"
"${pg[@]}" -d baseline <<'SQL'
CREATE SEQUENCE kv_write_seq;
CREATE TABLE kv (project TEXT COLLATE "C" NOT NULL, namespace TEXT COLLATE "C" NOT NULL, key TEXT COLLATE "C" NOT NULL,
  context TEXT COLLATE "C" NOT NULL DEFAULT '', value BYTEA NOT NULL, expires_at BIGINT,
  write_seq BIGINT NOT NULL DEFAULT nextval('kv_write_seq'), PRIMARY KEY (project, namespace, key, context));
CREATE INDEX kv_expiry ON kv (expires_at) WHERE expires_at IS NOT NULL;
CREATE INDEX kv_write_order ON kv (project, namespace, write_seq);
SQL
echo "  input: $(du -m "$data" | cut -f1) MiB TSV"

import_copy=$(seconds "$(now)" "${pg[@]}" -d baseline \
  -c "\\copy kv (project, namespace, key, context, value, expires_at) FROM '$work/rows.copy'")
import_pronto=$(seconds "$(now)" "$prontodb" -d "$target" import "$data" 2>/dev/null)
printf '  psql \\copy FROM    %6.2f s\n  prontodb import    %6.2f s   ratio %s (target <= 1.5)\n' \
  "$import_copy" "$import_pronto" "$(ratio "$import_pronto" "$import_copy")"

select="SELECT project, namespace, key, context, value, expires_at FROM kv ORDER BY project, namespace, key, context"
export_copy=$(seconds "$(now)" "${pg[@]}" -d pronto -c "\\copy ($select) TO '$work/copy.out'")
export_pronto=$(seconds "$(now)" "$prontodb" -d "$target" export --out "$work/pronto.tsv")
printf '  psql \\copy TO      %6.2f s\n  prontodb export    %6.2f s   ratio %s (target <= 1.5)\n' \
  "$export_copy" "$export_pronto" "$(ratio "$export_pronto" "$export_copy")"
[ "$(wc -l < "$work/pronto.tsv")" = "$(wc -l < "$data")" ] && echo "  export holds every imported row" \
  || echo "  export and import DIFFER in row count"
