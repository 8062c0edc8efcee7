/** Internal: JSON reading, JWS and key file helpers. Never used outside this module. */
package id.simpul.federation.internal;
