#!/bin/sh
# Builds the signed demo directory of three nodes on loopback: Kubu Raya 61.12, Kapuas Hulu 61.06
# and Kapuas 62.03, with the demo agreements (numbers and dates are examples, not real agreements).
#
# Usage (from the repository root, after `mvn -B -pl federation -am package`):
#   sh federation/demo/build-demo-directory.sh [OUT_DIR]
# Ports: KUBU_RAYA_URL, KAPUAS_HULU_URL, KAPUAS_URL override the base URLs.
# Creates once and reuses: OUT_DIR/authority-key.json (owner-only) and each node's key under
# OUT_DIR/<code>/federation/. Rebuilding signs a new directory with a higher sequence.
set -eu
OUT=${1:-target/federation-demo}
HERE=$(dirname "$0")
JAR=${SIMPUL_DIRECTORY_JAR:-federation/target/simpul-directory.jar}
[ -f "$JAR" ] || { echo "Build first / bangun dulu: mvn -B -pl federation -am package" >&2; exit 2; }
mkdir -p "$OUT/nodes"
if [ ! -f "$OUT/authority-key.json" ]; then
  java -jar "$JAR" keygen --out "$OUT/authority-key.json" > "$OUT/authority.jwk.json"
fi
node() {
  java -jar "$JAR" node-key --code "$1" --data "$OUT/$1" --name "$2" --base-url "$3" --out "$OUT/nodes/$1.json" > /dev/null
}
node 61.12 "Kabupaten Kubu Raya" "${KUBU_RAYA_URL:-http://127.0.0.1:8081/}"
node 61.06 "Kabupaten Kapuas Hulu" "${KAPUAS_HULU_URL:-http://127.0.0.1:8082/}"
node 62.03 "Kabupaten Kapuas" "${KAPUAS_URL:-http://127.0.0.1:8083/}"
java -jar "$JAR" build --authority-key "$OUT/authority-key.json" --nodes "$OUT/nodes" \
  --agreements "$HERE/agreements.json" --out "$OUT/directory.jws" --valid-days 30
java -jar "$JAR" verify --authority-public "$OUT/authority.jwk.json" --in "$OUT/directory.jws"
