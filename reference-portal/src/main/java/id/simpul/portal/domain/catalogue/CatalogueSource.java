package id.simpul.portal.domain.catalogue;

import id.simpul.sdk.catalogue.ServiceCatalogue;

/**
 * Where the node's catalogue of standar pelayanan comes from: the regency configuration the node
 * was started with.
 */
public interface CatalogueSource {

    /** The catalogue as it stands now; never null. */
    ServiceCatalogue catalogue();
}
