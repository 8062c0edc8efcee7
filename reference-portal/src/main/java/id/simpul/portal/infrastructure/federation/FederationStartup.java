package id.simpul.portal.infrastructure.federation;

import id.simpul.portal.application.federation.FederationService;
import id.simpul.portal.application.StoredRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Starts this node's federation side on the deployment thread: key, directory, and the beans that
 * hold a persistence context (created here, not lazily from a health-check or scheduler thread).
 */
@ApplicationScoped
public class FederationStartup {

    @Inject
    FederationNode node;
    @Inject
    FederationService service;
    @Inject
    StoredRequests stored;
    @Inject
    FederationMonitor monitor;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        node.start();
        service.toString();
        stored.toString();
        monitor.toString();
        monitor.registerGauges();
    }
}
