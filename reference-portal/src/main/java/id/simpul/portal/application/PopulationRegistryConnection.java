package id.simpul.portal.application;

import id.simpul.sdk.spi.population.PopulationRegistry;

/**
 * The node's connection to the population registry (Dukcapil, <i>Direktorat Jenderal Kependudukan dan
 * Pencatatan Sipil</i>): one loaded adapter for the life of the application.
 */
public interface PopulationRegistryConnection {

    PopulationRegistry registry();
}
