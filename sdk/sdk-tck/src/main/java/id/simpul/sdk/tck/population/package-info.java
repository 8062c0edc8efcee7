/** The conformance suite of population registry adapters and its harness. */
package id.simpul.sdk.tck.population;
