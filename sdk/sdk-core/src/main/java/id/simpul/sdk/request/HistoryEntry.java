package id.simpul.sdk.request;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in a request's life: who took which action when, from which status to which, and why.
 * The reason is free text an officer writes and is kept out of {@link #toString()}.
 */
public final class HistoryEntry {

    private final RequestAction action;
    private final RequestStatus from;
    private final RequestStatus to;
    private final Actor actor;
    private final Instant at;
    private final String reason;

    private HistoryEntry(RequestAction action, RequestStatus from, RequestStatus to, Actor actor, Instant at,
                         String reason) {
        this.action = Objects.requireNonNull(action, "action");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.at = Objects.requireNonNull(at, "at");
        this.reason = reason;
        if (!action.isAllowedFrom(from) || action.target() != to) {
            throw new InvalidRequestException("request.history.edge", action.name(), from.name(), to.name());
        }
    }

    /**
     * A history entry, e.g. when restoring a stored request.
     *
     * @throws InvalidRequestException when the action does not lead from {@code from} to {@code to}
     */
    public static HistoryEntry of(RequestAction action, RequestStatus from, RequestStatus to, Actor actor, Instant at,
                                  String reason) {
        return new HistoryEntry(action, from, to, actor, at, reason == null || reason.isBlank() ? null : reason.strip());
    }

    public RequestAction action() {
        return action;
    }

    public RequestStatus from() {
        return from;
    }

    public RequestStatus to() {
        return to;
    }

    public Actor actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistoryEntry h && action == h.action && from == h.from && to == h.to
                && actor.equals(h.actor) && at.equals(h.at) && Objects.equals(reason, h.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(action, from, to, actor, at, reason);
    }

    @Override
    public String toString() {
        return "HistoryEntry[" + at + " " + action + " " + from + "\u2192" + to + " by " + actor.role() + "]";
    }
}
