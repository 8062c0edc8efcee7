package id.simpul.adapters.simulator;

/** Answers the requests of one route of a simulated system, as the real system would when healthy. */
@FunctionalInterface
public interface SimHandler {

    SimResponse handle(SimRequest request);
}
