/** Conformance suites of the licensing side: OSS gateway adapters and the inbound NIB receiver. */
package id.simpul.sdk.tck.licensing;
