/**
 * The adapter conformance kit. Each port has an abstract JUnit 5 suite ({@link
 * id.simpul.sdk.tck.population.PopulationRegistryTck}, and for the other ports their own) that an
 * adapter author extends in test scope, implementing one factory method that returns a {@link
 * id.simpul.sdk.tck.TckHarness}: the adapter, created with the kit's settings and clock, plus a {@link
 * id.simpul.sdk.tck.RemoteControl} over the system's simulator.
 *
 * <p>Rules are numbered and named {@code required_R07_timeoutIsHonoured} or {@code optional_O01_…};
 * optional rules run only when the adapter declares the capability. Each rule's Javadoc says what to
 * check when it fails. The common rules R01–R16 live in {@link id.simpul.sdk.tck.AdapterTck}; each
 * port's suite numbers its own from R20 (R17–R19 are kept for future common rules).
 *
 * <p>{@link id.simpul.sdk.tck.licensing.NibReceiverTck} is for the other direction: whoever receives
 * OSS's {@code receiveNIB} pushes must process an at-least-once delivery exactly once.
 */
package id.simpul.sdk.tck;
