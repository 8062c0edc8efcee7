package id.simpul.sdk.authority;

import id.simpul.sdk.LocalizedMessage;
import java.util.Locale;
import java.util.Objects;

/**
 * Something the resolver considered and set aside, e.g. a delegation that did not apply because
 * the building is larger than the condition allows, so the holder of the authority decides.
 *
 * @param instrumentId the instrument set aside
 * @param reason       why it did not apply
 * @param message      the explanation
 */
public record ResolutionNote(String instrumentId, RefusalReason reason, LocalizedMessage message) {

    public ResolutionNote {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    public String explain(Locale locale) {
        return Texts.render(message, locale);
    }
}
