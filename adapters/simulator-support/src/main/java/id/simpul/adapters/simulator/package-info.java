/**
 * Building blocks of the simulators of external systems (Dukcapil, OSS RBA, police systems): a real
 * HTTP server on the loopback interface ({@link id.simpul.adapters.simulator.SimulatorServer}) whose
 * misbehaviour is set by {@link id.simpul.adapters.simulator.SimulatorKnobs} (latency, error rate,
 * outage, slow drip, malformed answers) from code, from command-line flags or at run time over
 * {@code /_sim/knobs}; and {@link id.simpul.adapters.simulator.SyntheticPeople}, residents that do
 * not exist, with valid NIKs and KK numbers from real kecamatan codes.
 */
package id.simpul.adapters.simulator;
