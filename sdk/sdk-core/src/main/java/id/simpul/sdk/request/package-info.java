/**
 * Service requests (permohonan): the canonical status machine
 * {@code DRAFT → SUBMITTED → VERIFIED → IN_PROCESS → COMPLETED | REJECTED}, with
 * {@code SUBMITTED ⇄ RETURNED} and {@code CANCELLED}; the history of who did what when and why;
 * registration numbers a person can read out at a counter; and opaque applicant references, so no
 * NIK travels with a request.
 *
 * <p>Every action on a {@link id.simpul.sdk.request.ServiceRequest} returns a new request or throws
 * ({@link id.simpul.sdk.request.IllegalTransitionException},
 * {@link id.simpul.sdk.request.ActionNotPermittedException},
 * {@link id.simpul.sdk.request.InvalidRequestException}) and changes nothing. Persisting requests and
 * handing out daily sequence numbers is the caller's job.
 */
package id.simpul.sdk.request;
