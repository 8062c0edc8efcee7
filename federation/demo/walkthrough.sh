#!/bin/sh
# Scripted walk-through of cross-regency filing on the three demo nodes (start them first with
# `sh federation/demo/run-3-nodes.sh`): a resident of Kapuas Hulu (61.06) files at the Mal Pelayanan
# Publik of Kubu Raya (61.12) for a replacement KTP; Kubu Raya forwards it under the cooperation
# agreement; Kapuas Hulu's Disdukcapil officer decides it; the decided status is visible at both
# counters. Exits non-zero at the first step that fails. Needs curl and jq.
# Ports: KUBU_RAYA (default http://127.0.0.1:8081) and KAPUAS_HULU (default http://127.0.0.1:8082).
set -eu
KR=${KUBU_RAYA:-http://127.0.0.1:8081}
KH=${KAPUAS_HULU:-http://127.0.0.1:8082}
TODAY=$(TZ=Asia/Jakarta date +%F)
STEP=0

step() { STEP=$((STEP + 1)); printf '\n[%d] %s\n' "$STEP" "$*"; }
fail() { printf 'GAGAL / FAILED at step %d: %s\n' "$STEP" "$*" >&2; exit 1; }
token() { # base user
  curl -fsS -X POST "$1/api/v1/demo/tokens" -H 'Content-Type: application/json' -d "{\"username\":\"$2\"}" \
    | jq -er .access_token || fail "no demo token for $2 at $1 (demo mode on?)"
}
await() { # description, command...; polls for at most 60 s
  what=$1; shift
  i=0
  until "$@" > /dev/null 2>&1; do
    i=$((i + 1)); [ "$i" -le 120 ] || fail "not within 60 s: $what"; sleep 0.5
  done
}
tracked_status() { curl -fsS "$1/api/v1/track/$2" | jq -er .status; }
status_is() { [ "$(tracked_status "$1" "$2")" = "$3" ]; }
federation_state_is() { # base token id state
  [ "$(curl -fsS "$1/api/v1/federation/requests/$3" -H "Authorization: Bearer $2" | jq -er .state)" = "$4" ]
}

step "Both nodes are up and federating / kedua simpul aktif"
for b in "$KR" "$KH"; do
  curl -fsS "$b/health/ready" | jq -e '.checks[] | select(.name=="federation") | .data.state == "ON"' > /dev/null \
    || fail "$b is not ready or its federation is not ON (see its log)"
done
echo "ok"

step "The MPP officer at Kubu Raya files for a Kapuas Hulu resident / petugas MPP Kubu Raya mendaftarkan permohonan"
MPP=$(token "$KR" petugas-mpp)
BODY=$(cat <<JSON
{"service":"ADM-KTP-HILANG","subjectRegion":"61.06.01","applicantNik":"6106010101900001","filingPoint":{"channel":"COUNTER"},
 "form":{"nik":"6106010101900001","alasan":"HILANG","keterangan":"hilang di pasar (tidak dibagikan ke Kapuas Hulu)"},
 "documents":[{"code":"sktlk","issuedOn":"$TODAY"},{"code":"kk"}]}
JSON
)
FILED=$(curl -sS -X POST "$KR/api/v1/requests" -H "Authorization: Bearer $MPP" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: walkthrough-$(date +%s)" -d "$BODY")
echo "$FILED" | jq .
ID=$(echo "$FILED" | jq -er .id) || fail "filing refused: $FILED"
REG=$(echo "$FILED" | jq -er .registrationNumber)
OFFICE=$(echo "$FILED" | jq -er .competentOffice)
case "$OFFICE" in 61.06*) ;; *) fail "competent office $OFFICE is not in Kapuas Hulu";; esac

step "Kubu Raya forwards it to Kapuas Hulu and holds its signed receipt / diteruskan, tanda terima bertanda tangan"
await "forward delivered" federation_state_is "$KR" "$MPP" "$ID" DELIVERED
curl -fsS "$KR/api/v1/federation/requests/$ID" -H "Authorization: Bearer $MPP" | jq .

step "Kapuas Hulu received it for its Disdukcapil / diterima di Kapuas Hulu"
await "request known at 61.06" status_is "$KH" "$REG" SUBMITTED
DUK=$(token "$KH" petugas-disdukcapil)
KH_ID=$(curl -fsS "$KH/api/v1/requests?size=100" -H "Authorization: Bearer $DUK" \
  | jq -er --arg r "$REG" '.items[] | select(.registrationNumber == $r) | .id') || fail "officer at 61.06 does not see $REG"
echo "Kapuas Hulu's id: $KH_ID"

step "The Kapuas Hulu officer decides it / petugas Disdukcapil Kapuas Hulu memutuskan"
for action in VERIFY START_PROCESSING COMPLETE; do
  curl -fsS -X POST "$KH/api/v1/requests/$KH_ID/transitions" -H "Authorization: Bearer $DUK" \
    -H 'Content-Type: application/json' -d "{\"action\":\"$action\"}" | jq -c '{status}' || fail "$action refused"
done

step "The decided status is visible at both counters / status keputusan terlihat di kedua loket"
await "COMPLETED at 61.12" status_is "$KR" "$REG" COMPLETED
echo "Kubu Raya  61.12: $(curl -fsS "$KR/api/v1/track/$REG" | jq -c .)"
echo "Kapuas Hulu 61.06: $(curl -fsS "$KH/api/v1/track/$REG" | jq -c .)"
printf '\nSelesai / done: %s filed at Kubu Raya, decided at Kapuas Hulu.\n' "$REG"
