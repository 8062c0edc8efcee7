/** JMH benchmarks of the SDK, adapters and portal; see benchmarks/README.md. */
package id.simpul.benchmarks;
