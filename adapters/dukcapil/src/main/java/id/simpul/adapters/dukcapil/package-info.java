/**
 * The Dukcapil adapter: {@link id.simpul.sdk.spi.population.PopulationRegistry} over the web service of
 * Ditjen Dukcapil (Kemendagri) that regional governments reach on a private network under a PKS.
 *
 * <p>Settings (prefix {@code simpul.adapters.dukcapil.}): {@code url} (base URL, required),
 * {@code institution} (path segment assigned to the regency, required), {@code user-id},
 * {@code password}, {@code ip-user} (required; the password is never logged or shown),
 * {@code lookup.enabled} (default {@code false}: {@code CALL_NIK} returns personal values and is
 * refused unless the PKS allows it), plus the resilience keys of {@code ResilienceSettings}.
 */
package id.simpul.adapters.dukcapil;
