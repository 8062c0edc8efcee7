/**
 * Support for adapter authors, so that an adapter is mostly translation between a port and a
 * remote system's shapes.
 *
 * <ul>
 *   <li>{@link id.simpul.adapters.support.Resilient#decorate} wraps any port in Resilience4j: a time
 *       limit, a circuit breaker, a bulkhead, and retry with exponential backoff and jitter for
 *       operations marked {@link id.simpul.sdk.spi.SafeToRepeat} only.</li>
 *   <li>{@link id.simpul.adapters.support.ResilienceSettings} reads the knobs of one adapter from
 *       {@link id.simpul.sdk.spi.AdapterSettings}, with documented defaults;
 *       {@link id.simpul.adapters.support.MicroProfileSettings} backs those settings with MicroProfile
 *       Config inside a container.</li>
 *   <li>{@link id.simpul.adapters.support.AdapterHealth} tells the circuit state of a decorated adapter
 *       for health checks and metrics.</li>
 *   <li>{@link id.simpul.adapters.support.HttpFailures} maps HTTP statuses and I/O failures to
 *       {@link id.simpul.sdk.spi.RemoteFailure}s.</li>
 *   <li>{@link id.simpul.adapters.support.WireLogging#silence()} keeps HTTP clients' wire logging (bodies,
 *       headers, credentials) off; every adapter that speaks HTTP calls it before building its client.</li>
 * </ul>
 */
package id.simpul.adapters.support;
