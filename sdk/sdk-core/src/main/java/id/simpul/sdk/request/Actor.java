package id.simpul.sdk.request;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who took an action on a request, for the history and the audit trail: an identifier in the
 * deploying system (an account id, an applicant reference, a system name) and a role. Officer
 * identifiers may be personal (a NIP), so {@link #toString()} masks them.
 *
 * @param id   the identifier, 1 to 100 characters without spaces at the ends
 * @param role in what capacity
 */
public record Actor(String id, ActorRole role) {

    private static final Pattern SHAPE = Pattern.compile("\\S(.{0,98}\\S)?");

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        if (!SHAPE.matcher(id).matches()) {
            throw new InvalidRequestException("request.actor.id");
        }
    }

    public static Actor applicant(ApplicantRef ref) {
        return new Actor(ref.value(), ActorRole.APPLICANT);
    }

    public static Actor officer(String id) {
        return new Actor(id, ActorRole.OFFICER);
    }

    public static Actor system(String name) {
        return new Actor(name, ActorRole.SYSTEM);
    }

    @Override
    public String toString() {
        return "Actor[" + role + ", \u2026" + id.substring(Math.max(0, id.length() - 4)) + "]";
    }
}
