#!/bin/sh
# Starts three Simpul portal nodes on loopback as one federation, with a signed demo directory:
#   Kubu Raya   61.12  http://127.0.0.1:8081/
#   Kapuas Hulu 61.06  http://127.0.0.1:8082/
#   Kapuas      62.03  http://127.0.0.1:8083/
# Usage (from the repository root):  sh federation/demo/run-3-nodes.sh
# Builds what is missing first. Data folders, keys, directory and logs go under
# SIMPUL_DEMO_DIR (default target/federation-demo); a second run keeps the data. Ctrl-C stops all three.
# Then, in another terminal:  sh federation/demo/walkthrough.sh
set -eu
OUT=${SIMPUL_DEMO_DIR:-target/federation-demo}
HERE=$(dirname "$0")
BUNDLE=${SIMPUL_BUNDLE:-reference-portal/target/ROOT-microbundle.jar}
if [ ! -f "$BUNDLE" ] || [ ! -f federation/target/simpul-directory.jar ]; then
  echo "Building the portal and the directory command / membangun portal dan perintah direktori ..."
  mvn -B -q -pl reference-portal -am package -DskipTests
fi
sh "$HERE/build-demo-directory.sh" "$OUT"
OUT_ABS=$(cd "$OUT" && pwd)

PIDS=""
stop_all() {
  trap - INT TERM EXIT
  for p in $PIDS; do kill "$p" 2>/dev/null || true; done
  for p in $PIDS; do wait "$p" 2>/dev/null || true; done
  echo "All nodes stopped / semua simpul berhenti."
}
trap stop_all INT TERM EXIT

start_node() { # code port
  # Payara's runtime folder beside the node's data, emptied first (a kept one redeploys the previous build):
  # nothing is left in the system temp folder
  rm -rf "$OUT_ABS/payara-$1"; mkdir -p "$OUT_ABS/payara-$1/tmp"
  SIMPUL_DATA_DIR="$OUT_ABS/$1" SIMPUL_NODE_REGION="$1" SIMPUL_HTTP_PORT="$2" \
  SIMPUL_FEDERATION_DIRECTORY="$OUT_ABS/directory.jws" \
  SIMPUL_FEDERATION_AUTHORITY_KEY="$OUT_ABS/authority.jwk.json" \
  SIMPUL_OUTBOX_POLL_SECONDS="${SIMPUL_OUTBOX_POLL_SECONDS:-1}" \
  SIMPUL_OUTBOX_BACKOFF_INITIAL_SECONDS="${SIMPUL_OUTBOX_BACKOFF_INITIAL_SECONDS:-2}" \
  SIMPUL_OUTBOX_BACKOFF_MAX_SECONDS="${SIMPUL_OUTBOX_BACKOFF_MAX_SECONDS:-60}" \
    java -Xmx512m -Djava.io.tmpdir="$OUT_ABS/payara-$1/tmp" -jar "$BUNDLE" --nocluster --port "$2" \
      --rootdir "$OUT_ABS/payara-$1" \
      > "$OUT_ABS/node-$1.log" 2>&1 &
  PIDS="$PIDS $!"
  echo "Node $1 starting on http://127.0.0.1:$2/ (log: $OUT/node-$1.log)"
}
start_node 61.12 8081
start_node 61.06 8082
start_node 62.03 8083

# ready when Payara has deployed the portal (the walk-through then waits for federation to be ON);
# only the JDK and a POSIX shell are needed, no curl
for code in 61.12 61.06 62.03; do
  i=0
  until grep -q "ready in" "$OUT_ABS/node-$code.log" 2>/dev/null; do
    i=$((i + 1))
    alive=yes; for p in $PIDS; do kill -0 "$p" 2>/dev/null || alive=no; done
    if [ "$i" -gt 300 ] || [ "$alive" = no ] \
        || grep -q "Exception during lifecycle processing" "$OUT_ABS/node-$code.log" 2>/dev/null; then
      echo "Node $code did not start; see $OUT/node-$code.log / simpul $code gagal dimulai" >&2
      exit 1
    fi
    sleep 1
  done
  if grep -q "Exception during lifecycle processing" "$OUT_ABS/node-$code.log"; then
    echo "Node $code did not deploy; see $OUT/node-$code.log / simpul $code gagal dimulai" >&2
    exit 1
  fi
  echo "Ready / siap: $code"
done
echo
echo "Three nodes run. Walk-through / peragaan: sh federation/demo/walkthrough.sh"
echo "Stop with Ctrl-C / hentikan dengan Ctrl-C."
wait
