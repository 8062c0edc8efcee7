package id.simpul.portal.domain.catalogue;

import id.simpul.sdk.catalogue.ServiceCatalogue;

/**
 * Where the node's catalogue of standar pelayanan comes from. Today a bundled seed catalogue; the
 * region's configuration loader implements this interface when it arrives, and nothing else in the
 * portal changes.
 */
public interface CatalogueSource {

    /** The catalogue as it stands now; never null. */
    ServiceCatalogue catalogue();
}
