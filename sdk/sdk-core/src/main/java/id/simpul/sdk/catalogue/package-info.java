/**
 * The service catalogue (katalog layanan): service types, their versioned service standards
 * (standar pelayanan) with the fourteen components of UU 25/2009 Pasal 21, typed application forms,
 * required documents, and the validator that checks an application against them.
 *
 * <p>Start with {@link id.simpul.sdk.catalogue.ServiceStandard#builder()} and
 * {@link id.simpul.sdk.catalogue.ServiceCatalogue#of(java.util.Collection)}; check an application
 * with {@link id.simpul.sdk.catalogue.ServiceStandard#validate}. Everything here is immutable and
 * thread-safe; invalid data is refused when built with an
 * {@link id.simpul.sdk.catalogue.InvalidCatalogueException} saying what to fix, in Bahasa Indonesia
 * and English.
 */
package id.simpul.sdk.catalogue;
