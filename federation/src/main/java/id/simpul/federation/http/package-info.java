/**
 * API and SPI: the federation API of {@code specs/openapi/federation-api.v1.yaml} over HTTP — a
 * client for sending, and an endpoint that any HTTP stack can serve. SPI:
 * {@link id.simpul.federation.http.FederationEndpoint.Handler}, the node's application side.
 */
package id.simpul.federation.http;
