package id.simpul.portal.application;

/**
 * The answer to a transition: the request's view as JSON, and whether it is the stored answer to an
 * earlier call with the same {@code Idempotency-Key}.
 */
public record TransitionResult(String body, boolean replayed) {
}
