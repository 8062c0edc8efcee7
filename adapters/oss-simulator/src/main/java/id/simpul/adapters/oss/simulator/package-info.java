/**
 * A simulator of OSS RBA's host-to-host interface for tests, demos and benchmarks: synthetic
 * businesses in real villages of the demo regencies, OSS's JSON shapes and response codes, and the
 * misbehaviour knobs of simulator-support. Holds no data of real businesses or people.
 */
package id.simpul.adapters.oss.simulator;
