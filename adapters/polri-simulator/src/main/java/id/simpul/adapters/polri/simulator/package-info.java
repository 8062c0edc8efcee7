/**
 * A simulator of the modelled Polri verification service for tests, demos and benchmarks: synthetic
 * lost-item report letters and police clearances issued by Polsek/Polres of real regions of the demo
 * regencies, answered over SOAP 1.1 with the misbehaviour knobs of simulator-support.
 */
package id.simpul.adapters.polri.simulator;
