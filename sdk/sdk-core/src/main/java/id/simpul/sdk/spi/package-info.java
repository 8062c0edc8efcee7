/**
 * The adapter SPI: how Simpul reaches the systems a regency does not own (Dukcapil, OSS RBA, police
 * systems) and how integrators plug in systems Simpul does not cover yet.
 *
 * <p>A <em>port</em> is a typed interface extending {@link id.simpul.sdk.spi.Port}
 * ({@link id.simpul.sdk.spi.population.PopulationRegistry},
 * {@link id.simpul.sdk.spi.licensing.LicensingGateway}, {@link id.simpul.sdk.spi.police.PoliceReports}).
 * An <em>adapter</em> implements a port for one system and is announced by an
 * {@link id.simpul.sdk.spi.AdapterProvider} listed in {@code META-INF/services}. {@link
 * id.simpul.sdk.spi.Adapters#load} finds exactly one provider per port, or fails loudly saying what it
 * found and which property chooses. A loaded port holds HTTP clients and threads until its
 * {@link id.simpul.sdk.spi.Port#close()}: the portal closes it on undeploy, a plain Java process on
 * shutdown (a port works in try-with-resources).
 *
 * <p>Port methods annotated {@link id.simpul.sdk.spi.SafeToRepeat} may be retried by the resilience
 * layer; all others are called at most once per caller invocation. Every failure of the remote side
 * surfaces as a {@link id.simpul.sdk.spi.RemoteCallException} whose {@link
 * id.simpul.sdk.spi.RemoteFailure kind} says what happened and whether trying again later may help.
 */
package id.simpul.sdk.spi;
