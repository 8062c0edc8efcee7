/**
 * Regency configuration (konfigurasi kabupaten/kota): a folder of versioned YAML files in which a
 * regency describes its offices, its service catalogue (standar pelayanan), its authorities
 * (kewenangan), the delegations of its Bupati/Wali Kota to camat (pelimpahan kewenangan) and its
 * cooperation agreements (perjanjian kerja sama).
 *
 * <p>{@link id.simpul.sdk.config.ConfigurationLoader} reads a folder (or any
 * {@link id.simpul.sdk.config.ConfigSource}) into a {@link id.simpul.sdk.config.RegencyConfiguration}:
 * the SDK's agencies and catalogue and the kewenangan engine's checked configuration with its
 * resolver. Every mistake is a {@link id.simpul.sdk.config.ConfigProblem} with its file, line,
 * field and fix, in Bahasa Indonesia or English, all reported at once in a
 * {@link id.simpul.sdk.config.CheckResult}. {@link id.simpul.sdk.config.DemoConfiguration} is the
 * demo shipped in this jar. The format is described in {@code docs/regency-configuration.md}; the
 * contracts are the JSON Schemas {@code specs/json-schema/regency-config-*.schema.json}.
 */
package id.simpul.sdk.config;
