#!/bin/sh
# Scripted walk-through of cross-regency filing on the three demo nodes (start them first with
# `sh federation/demo/run-3-nodes.sh`): a resident of Kapuas Hulu (61.06) files at the Mal Pelayanan
# Publik of Kubu Raya (61.12) for a replacement KTP-el; Kubu Raya forwards it under the cooperation
# agreement; Kapuas Hulu's Disdukcapil officer decides it; the decided status is visible at both
# counters. Exits non-zero at the first step that fails. Needs only the JDK (the client is
# id.simpul.federation.tool.DemoWalkthrough inside simpul-directory.jar).
# Nodes: KUBU_RAYA (default http://127.0.0.1:8081) and KAPUAS_HULU (default http://127.0.0.1:8082).
set -eu
TOOL=federation/target/simpul-directory.jar
if [ ! -f "$TOOL" ]; then
  echo "Building the federation tools / membangun perangkat federasi ..."
  mvn -B -q -pl federation -am package -DskipTests
fi
exec java -cp "$TOOL" id.simpul.federation.tool.DemoWalkthrough \
  "${KUBU_RAYA:-http://127.0.0.1:8081}" "${KAPUAS_HULU:-http://127.0.0.1:8082}"
