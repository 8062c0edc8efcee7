package id.simpul.portal.application;

/** The response to a submission: HTTP status and JSON body, and whether it is a replay. */
public record SubmitResult(int status, String requestId, String body, boolean replayed) {
}
