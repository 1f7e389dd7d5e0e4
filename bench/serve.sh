#!/usr/bin/env bash
# prontodb serve against etcd on this machine, with the same load generator (wrk) and the same values:
# GET and PUT throughput and p99 latency at 1, 8 and 64 connections, prontodb's /v1/kv against etcd's
# /v3/kv/range and /v3/kv/put through its HTTP gateway; then the remote CLI `get` against the local `get`
# (median of N calls each, round-robin). Needs etcd (Debian etcd-server), wrk and curl; installs nothing.
# Usage: bench/serve.sh [SECONDS_PER_RUN] [VALUE_BYTES] [CLI_CALLS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
value_bytes=${2:-128}
calls=${3:-15}
keys=1000

missing=()
for tool in etcd wrk curl bc python3; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "serve.sh: missing: ${missing[*]} (Debian packages: etcd-server, wrk, curl, bc, python3)" >&2
  exit 1
fi

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
unset PRONTO_DB PRONTO_API_KEY PRONTO_TOKEN

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 300); do curl -fs -o /dev/null "$@" && return 0; sleep 0.1; done; echo "serve.sh: $1 did not come up" >&2; exit 1; }

value=$(head -c "$value_bytes" /dev/zero | tr '\0' v)
value_b64=$(printf %s "$value" | base64 -w0)

# ---- servers ----------------------------------------------------------------------------------------------------
etcd_port=$(free_port); peer_port=$(free_port)
etcd --name bench --data-dir "$work/etcd" \
  --listen-client-urls "http://127.0.0.1:$etcd_port" --advertise-client-urls "http://127.0.0.1:$etcd_port" \
  --listen-peer-urls "http://127.0.0.1:$peer_port" --initial-advertise-peer-urls "http://127.0.0.1:$peer_port" \
  --initial-cluster "bench=http://127.0.0.1:$peer_port" --log-level error >"$work/etcd.log" 2>&1 &
pids+=($!)
etcd_url=http://127.0.0.1:$etcd_port

bin/prontodb version >/dev/null                      # builds on first use, outside the timing
api_key=$(bin/prontodb admin create-apikey admin 2>/dev/null)
pronto_port=$(free_port)
bin/prontodb serve --listen "127.0.0.1:$pronto_port" 2>"$work/serve.log" &
pids+=($!)
pronto_url=http://127.0.0.1:$pronto_port
wait_for "$pronto_url/v1/health"
wait_for -X POST "$etcd_url/v3/kv/range" -d '{"key":"AA=="}'

# The same keys and values in both.
for i in $(seq 0 $((keys - 1))); do printf 'k%d=%s\n' "$i" "$value"; done \
  | curl -fs -X POST -H "Authorization: Bearer $api_key" --data-binary @- "$pronto_url/v1/stream?project=bench&namespace=n" >/dev/null
for i in $(seq 0 $((keys - 1))); do
  [ "$i" -eq 0 ] || echo next
  printf 'url = "%s/v3/kv/put"\ndata-binary = "{\\"key\\":\\"%s\\",\\"value\\":\\"%s\\"}"\noutput = "/dev/null"\n' \
    "$etcd_url" "$(printf 'k%d' "$i" | base64 -w0)" "$value_b64"
done >"$work/etcd-load.curl"
curl -fsS -K "$work/etcd-load.curl"
curl -fs -X POST "$etcd_url/v3/kv/range" -d "{\"key\":\"$(printf 'k%d' $((keys - 1)) | base64 -w0)\"}" | grep -q '"kvs"' \
  || { echo "serve.sh: loading etcd failed" >&2; exit 1; }

# ---- wrk scripts: both walk the same 1000 keys ------------------------------------------------------------------
cat >"$work/pronto-get.lua" <<LUA
local i = 0
wrk.headers["Authorization"] = "Bearer $api_key"
request = function() i = (i + 1) % $keys; return wrk.format("GET", "/v1/kv/bench/n/k" .. i) end
LUA
cat >"$work/pronto-put.lua" <<LUA
local i = 0
wrk.headers["Authorization"] = "Bearer $api_key"
request = function() i = (i + 1) % $keys; return wrk.format("PUT", "/v1/kv/bench/n/k" .. i, nil, "$value") end
LUA
# etcd wants base64 keys: precomputed, since wrk's Lua has no base64.
{
  echo "local keys = {"
  for i in $(seq 0 $((keys - 1))); do printf '"%s",\n' "$(printf 'k%d' "$i" | base64 -w0)"; done
  echo "}"
} >"$work/etcd-keys.lua"
cat "$work/etcd-keys.lua" - >"$work/etcd-get.lua" <<LUA
local i = 0
wrk.headers["Content-Type"] = "application/json"
request = function() i = i % $keys + 1; return wrk.format("POST", "/v3/kv/range", nil, '{"key":"' .. keys[i] .. '"}') end
LUA
cat "$work/etcd-keys.lua" - >"$work/etcd-put.lua" <<LUA
local i = 0
wrk.headers["Content-Type"] = "application/json"
request = function() i = i % $keys + 1; return wrk.format("POST", "/v3/kv/put", nil, '{"key":"' .. keys[i] .. '","value":"$value_b64"}') end
LUA

# Prints "requests_per_second p99_ms" of one wrk run.
run_wrk() {
  local connections=$1 script=$2 url=$3 threads=$(( $1 < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$script" "$url" >"$work/wrk.out" 2>&1
  if grep -q 'Non-2xx' "$work/wrk.out"; then echo "serve.sh: non-2xx answers:" >&2; cat "$work/wrk.out" >&2; exit 1; fi
  awk '
    /Requests\/sec/ { rps = $2 }
    $1 == "99%" { v = $2; ms = v + 0; if (v ~ /us$/) ms /= 1000; else if (v ~ /[^m]s$/) ms *= 1000; p99 = ms }
    END { printf "%.0f %.2f\n", rps, p99 }' "$work/wrk.out"
}

echo "value size: $value_bytes bytes, $keys keys, ${seconds}s per run, wrk; $(nproc) cores"
printf '%-4s %5s | %12s %9s | %12s %9s | %9s %9s\n' op conns "prontodb r/s" "p99 ms" "etcd r/s" "p99 ms" "r/s ratio" "p99 ratio"
for op in get put; do
  for connections in 1 8 64; do
    # warm-up, then the measured runs, prontodb and etcd back to back
    run_wrk "$connections" "$work/pronto-$op.lua" "$pronto_url" >/dev/null
    read -r p_rps p_p99 < <(run_wrk "$connections" "$work/pronto-$op.lua" "$pronto_url")
    read -r e_rps e_p99 < <(run_wrk "$connections" "$work/etcd-$op.lua" "$etcd_url")
    printf '%-4s %5d | %12d %9.2f | %12d %9.2f | %9.2f %9.2f\n' "$op" "$connections" "$p_rps" "$p_p99" "$e_rps" "$e_p99" \
      "$(echo "$p_rps / $e_rps" | bc -l)" "$(echo "$p_p99 / $e_p99" | bc -l)"
  done
done

# ---- remote CLI get against local get ---------------------------------------------------------------------------
median_ms() {
  local times=() start end
  for _ in $(seq "$calls"); do
    start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f\n", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) / 1000 }'
}
bin/prontodb get bench.n.k1 >/dev/null
if ! PRONTO_DB=$pronto_url PRONTO_API_KEY=$api_key bin/prontodb get bench.n.k1 >/dev/null 2>&1; then
  echo "remote get: not available (PRONTO_DB=$pronto_url failed)"
  exit 0
fi
# The launcher's start-up caches come from background training runs: let them finish first.
sleep 5
local_ms=() remote_ms=()
for _ in 1 2 3; do
  local_ms+=("$(median_ms bin/prontodb get bench.n.k1)")
  remote_ms+=("$(PRONTO_DB=$pronto_url PRONTO_API_KEY=$api_key median_ms bin/prontodb get bench.n.k1)")
done
l=$(printf '%s\n' "${local_ms[@]}" | sort -n | sed -n 2p); r=$(printf '%s\n' "${remote_ms[@]}" | sort -n | sed -n 2p)
printf 'cli get, median of %d calls (middle of 3 rounds): local %.1f ms, remote %.1f ms, ratio %.2f\n' \
  "$calls" "$l" "$r" "$(echo "$r / $l" | bc -l)"
