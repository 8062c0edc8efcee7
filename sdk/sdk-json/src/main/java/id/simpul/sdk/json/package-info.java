/**
 * The canonical JSON of Simpul's documents — region (wilayah), agency (instansi), service standard
 * (standar pelayanan) and service request (permohonan) — as the JSON Schemas in
 * {@code specs/json-schema} describe them. Start at {@link id.simpul.sdk.json.SimpulJson}.
 *
 * <p>This module is apart from {@code sdk-core} so the core stays free of {@code jakarta.*}; it
 * needs a JSON-B implementation at run time (Payara brings one; elsewhere add Yasson).
 */
package id.simpul.sdk.json;
