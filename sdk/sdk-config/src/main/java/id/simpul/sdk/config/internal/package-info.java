/**
 * How the files are read: YAML with positions (SnakeYAML), JSON Schema validation (networknt),
 * region checks, the catalogue and authority readers, and the placing of the engine's problems
 * back at their lines. Not an API: may change in any release.
 */
package id.simpul.sdk.config.internal;
