/**
 * Template of an adapter: a {@link id.simpul.sdk.spi.population.PopulationRegistry} for a made-up
 * REST system ("template registry"), to copy when connecting a system Simpul does not cover.
 *
 * <p>The remote contract (a model): {@code POST {url}/verifications} with header {@code X-Api-Key}
 * and body {@code {"nik":"…","threshold":80,"elements":{"FULL_NAME":"…",…}}} (personal data never in
 * the URL: URLs reach access logs and client debug logs), answered
 * {@code {"verdicts":{"FULL_NAME":{"match":true,"score":97},…}}}; 404 when the NIK is unknown; 401 for
 * a wrong key. Settings: {@code simpul.adapters.template-registry.url} and {@code .api-key}.
 */
package id.simpul.adapters.template;
