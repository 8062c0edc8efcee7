package id.simpul.portal.infrastructure.catalogue;

import id.simpul.portal.domain.catalogue.CatalogueSource;
import id.simpul.portal.infrastructure.config.NodeConfiguration;
import id.simpul.sdk.catalogue.ServiceCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The catalogue of the node's regency configuration: every standar pelayanan it describes, checked at startup. */
@ApplicationScoped
public class ConfiguredCatalogueSource implements CatalogueSource {

    private ServiceCatalogue catalogue;

    @Inject
    void init(NodeConfiguration node) {
        this.catalogue = node.configuration().catalogue();
    }

    @Override
    public ServiceCatalogue catalogue() {
        return catalogue;
    }
}
