/**
 * API and SPI: signed message envelopes between nodes, their verification against the directory
 * and agreements, signed receipts and data minimisation. SPI: {@link id.simpul.federation.message.SeenMessageStore},
 * which the portal implements on its database.
 */
package id.simpul.federation.message;
