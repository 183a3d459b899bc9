# Sourced by bench/fresh and bench/sustained: starts `$build/adjudicator serve` in a new empty folder
# ($run, so a fresh file database) on port 8080, waits until it has started and sets $server to its
# JVM's pid; the service is stopped and the folder removed when the sourcing script exits.
: "${ADJUDICATOR_LOCAL_PASSWORD:?set ADJUDICATOR_LOCAL_PASSWORD}"
run=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$run"' EXIT
(cd "$run" && exec "$build/adjudicator" serve > serve.log 2>&1) &
pid=$!
for _ in $(seq 1 120); do grep -q "Started AdjudicatorCli" "$run/serve.log" 2>/dev/null && break; sleep 1; done
grep -q "Started AdjudicatorCli" "$run/serve.log" || { tail -20 "$run/serve.log" >&2; exit 1; }
server=$(pgrep -P "$pid" java || echo "$pid")
