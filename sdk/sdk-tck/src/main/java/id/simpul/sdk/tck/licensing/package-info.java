/** Conformance suites of the licensing side: the inbound NIB receiver. */
package id.simpul.sdk.tck.licensing;
