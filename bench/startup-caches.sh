# Sourced by the benchmarks, which must time calls that start from the launcher's start-up caches.
# await_startup_caches COUNT [KIND]: waits, up to 5 minutes, until the background training runs have left COUNT caches
# (of KIND, e.g. direct; of any kind without it) in $XDG_CACHE_HOME/prontodb.
await_startup_caches() {
  local want=$1 kind=${2:+.$2} _
  for _ in $(seq 600); do
    [ "$(find "$XDG_CACHE_HOME/prontodb" \( -name "*$kind.aot" -o -name "*$kind.jsa" \) 2>/dev/null | wc -l)" -ge "$want" ] \
      && return 0
    sleep 0.5
  done
}
