#!/usr/bin/env bash
# Per-call latency against peers: median wall time of one `get` and one `set` from a shell, for ProntoDB (also
# `keys`, and `nss`, which starts from the launcher's other start-up cache; on the JDK the launcher picks and on a
# JDK 17, each with its start-up caches) and for whichever of sqlite3, Redis (redis-server + redis-cli) and etcd
# (etcd + etcdctl) are installed, next to the JVM's floor: a hello world with an AOT cache on the launcher's JDK
# (24+) and with an AppCDS archive on JDK 17, both with the launcher's JVM flags.
# Everything runs round-robin, so a busy machine slows every figure alike; ratios are to the two hello worlds.
# Installs nothing; says what it could not find. Servers run on free loopback ports in a temp dir, stopped at exit.
# Usage: bench/peers.sh [RUNS]   (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config XDG_CACHE_HOME=$work/cache
mkdir -p "$HOME"
unset JAVA_HOME PRONTO_DB PRONTO_STARTUP_CACHE JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS

missing=()
have() { command -v "$1" >/dev/null 2>&1 || { missing+=("$1"); return 1; }; }

# JDKs: the launcher's choice, and a JDK 17 from /usr/lib/jvm (or the default java when it is 17).
launcher_java=$(bash -c 'source <(sed -n "/^java_bin=/,/^fi$/p" bin/prontodb); echo "$java_bin"')
jdk_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
launcher_home=$(readlink -f "$launcher_java"); launcher_home=${launcher_home%/bin/java}
launcher_major=$(jdk_major "$launcher_home")
jdk17_home=
default_java=$(readlink -f "$(command -v java 2>/dev/null)" 2>/dev/null) || true
for home in /usr/lib/jvm/* "${default_java%/bin/java}"; do
  [ -x "$home/bin/java" ] && [ "$(jdk_major "$home")" = 17 ] && { jdk17_home=$home; break; }
done
[ "${launcher_major:-0}" -ge 24 ] || missing+=("a JDK 24 or newer (AOT cache)")
[ -n "$jdk17_home" ] || missing+=("a JDK 17 (AppCDS)")

# The hello worlds, with the JVM flags the launcher uses for get/set.
jvm_flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr)
mkdir -p "$work/hello"
echo 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }' > "$work/hello/Hello.java"
javac_home=${jdk17_home:-$launcher_home}
"$javac_home/bin/javac" --release 17 -d "$work/hello" "$work/hello/Hello.java"
"$javac_home/bin/jar" cf "$work/hello.jar" -C "$work/hello" Hello.class
if [ "${launcher_major:-0}" -ge 24 ]; then
  "$launcher_java" "${jvm_flags[@]}" -XX:AOTCacheOutput="$work/hello.aot" -cp "$work/hello.jar" Hello >/dev/null 2>&1
fi
if [ -n "$jdk17_home" ]; then
  "$jdk17_home/bin/java" "${jvm_flags[@]}" -XX:ArchiveClassesAtExit="$work/hello.jsa" -cp "$work/hello.jar" Hello >/dev/null 2>&1
fi

# ProntoDB: build, a key to read, and both JDKs' two start-up caches, one for the direct-path commands and one for
# the others (background training runs: wait for them).
bin/prontodb version >/dev/null
bin/prontodb set bench.std.key value
want=2
if [ -n "$jdk17_home" ] && ! [ "$jdk17_home" -ef "$launcher_home" ]; then
  JAVA_HOME=$jdk17_home bin/prontodb get bench.std.key >/dev/null
  JAVA_HOME=$jdk17_home bin/prontodb version >/dev/null
  want=4
fi
source bench/startup-caches.sh
await_startup_caches "$want"

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

labels=() calls=()
add() { labels+=("$1"); calls+=("$2"); }
add "hello world, JDK $launcher_major + AOT cache" "\"$launcher_java\" ${jvm_flags[*]} -XX:AOTCache=$work/hello.aot -cp $work/hello.jar Hello"
[ -z "$jdk17_home" ] || add "hello world, JDK 17 + AppCDS" "\"$jdk17_home/bin/java\" ${jvm_flags[*]} -XX:SharedArchiveFile=$work/hello.jsa -cp $work/hello.jar Hello"
add "prontodb get  (JDK $launcher_major)" "bin/prontodb get bench.std.key"
add "prontodb set  (JDK $launcher_major)" "bin/prontodb set bench.std.key value"
add "prontodb keys (JDK $launcher_major)" "bin/prontodb keys bench.std"
add "prontodb nss  (JDK $launcher_major)" "bin/prontodb nss"
if [ "$want" = 4 ]; then
  add "prontodb get  (JDK 17)" "JAVA_HOME=$jdk17_home bin/prontodb get bench.std.key"
  add "prontodb set  (JDK 17)" "JAVA_HOME=$jdk17_home bin/prontodb set bench.std.key value"
  add "prontodb keys (JDK 17)" "JAVA_HOME=$jdk17_home bin/prontodb keys bench.std"
  add "prontodb nss  (JDK 17)" "JAVA_HOME=$jdk17_home bin/prontodb nss"
fi

if have sqlite3; then
  # The same table, file mode and durability as ProntoDB's.
  sqlite3 "$work/peer.db" >/dev/null <<'SQL'
PRAGMA journal_mode=WAL;
CREATE TABLE kv (project TEXT NOT NULL, namespace TEXT NOT NULL, key TEXT NOT NULL,
  context TEXT NOT NULL DEFAULT '', value BLOB NOT NULL, expires_at INTEGER,
  UNIQUE (project, namespace, key, context));
INSERT INTO kv VALUES ('bench', 'std', 'key', '', 'value', NULL);
SQL
  add "sqlite3 get" "sqlite3 $work/peer.db \"SELECT value FROM kv WHERE project = 'bench' AND namespace = 'std' AND key = 'key' AND context = ''\""
  add "sqlite3 set" "sqlite3 $work/peer.db \"PRAGMA synchronous=NORMAL; INSERT OR REPLACE INTO kv VALUES ('bench', 'std', 'key', '', 'value', NULL)\""
fi

if have redis-server && have redis-cli; then
  redis_port=$(free_port)
  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$work" --save '' --appendonly no >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  redis-cli -p "$redis_port" set bench:std:key value >/dev/null
  add "redis-cli get" "redis-cli -p $redis_port get bench:std:key"
  add "redis-cli set" "redis-cli -p $redis_port set bench:std:key value"
fi

if have etcd && have etcdctl; then
  client_port=$(free_port) peer_port=$(free_port)
  etcd --name bench --data-dir "$work/etcd" \
    --listen-client-urls "http://127.0.0.1:$client_port" --advertise-client-urls "http://127.0.0.1:$client_port" \
    --listen-peer-urls "http://127.0.0.1:$peer_port" --initial-advertise-peer-urls "http://127.0.0.1:$peer_port" \
    --initial-cluster "bench=http://127.0.0.1:$peer_port" >"$work/etcd.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 200); do etcdctl --endpoints="127.0.0.1:$client_port" put bench/std/key value >/dev/null 2>&1 && break; sleep 0.1; done
  add "etcdctl get" "etcdctl --endpoints=127.0.0.1:$client_port get --print-value-only bench/std/key"
  add "etcdctl set (put)" "etcdctl --endpoints=127.0.0.1:$client_port put bench/std/key value"
fi

# EPOCHREALTIME (bash 5) reads the clock without a fork.
now_us() { if [ -n "${EPOCHREALTIME:-}" ]; then local t=${EPOCHREALTIME/[.,]/}; echo "$t"; else echo $(( $(date +%s%N) / 1000 )); fi; }
declare -A times
for ((i = -1; i < runs; i++)); do                  # run -1 warms up
  for c in "${!labels[@]}"; do
    start=$(now_us)
    eval "${calls[$c]}" >/dev/null || { echo "bench: failed: ${calls[$c]}" >&2; exit 1; }
    end=$(now_us)
    ((i < 0)) || times[$c]+="$((end - start)) "
  done
done

median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f", m/1000}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }
hello25=$(median "${times[0]}")
hello17=$hello25
[ -z "$jdk17_home" ] || hello17=$(median "${times[1]}")

echo "median wall time of $runs calls each, round-robin; $(nproc) cores"
echo "  JDK $launcher_major: $launcher_home"
[ -z "$jdk17_home" ] || echo "  JDK 17: $jdk17_home"
printf '  %-36s %9s %14s %14s\n' "call" "ms" "/ hello $launcher_major AOT" "/ hello 17 CDS"
for c in "${!labels[@]}"; do
  m=$(median "${times[$c]}")
  printf '  %-36s %9s %14s %14s\n' "${labels[$c]}" "$m" "$(ratio "$m" "$hello25")" \
    "$([ -n "$jdk17_home" ] && ratio "$m" "$hello17" || echo -)"
done
[ ${#missing[@]} -eq 0 ] || echo "not measured (not installed): ${missing[*]}"
