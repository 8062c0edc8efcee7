/**
 * Federation between regency nodes (simpul): the exceptions every part raises. The parts are
 * {@link id.simpul.federation.identity} (a node's signing key), {@link id.simpul.federation.directory}
 * (the signed directory of nodes and cooperation agreements), {@link id.simpul.federation.message}
 * (signed messages, their verification, receipts, data minimisation) and
 * {@link id.simpul.federation.http} (the federation API over HTTP). Nothing here logs or prints:
 * messages carry personal data, and only the embedding portal decides what reaches its logs.
 */
package id.simpul.federation;
