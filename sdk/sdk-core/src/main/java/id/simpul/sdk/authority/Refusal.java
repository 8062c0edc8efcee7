package id.simpul.sdk.authority;

import id.simpul.sdk.LocalizedMessage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * No office may decide the request here and now; the reason names the missing link and the
 * message says which instrument, condition or value broke the chain.
 *
 * @param query           the question
 * @param reason          the typed reason, naming the {@link MissingLink}
 * @param chain           the links established before the missing one
 * @param instrumentId    the instrument concerned (the revoked delegation, the expired agreement), or empty
 * @param failedCondition the condition not met, for {@link RefusalReason#CONDITION_NOT_MET}; else null
 * @param message         the explanation of the reason
 */
public record Refusal(ResolutionQuery query, RefusalReason reason, List<ChainLink> chain, String instrumentId,
        ConditionCheck failedCondition, LocalizedMessage message) implements Resolution {

    public Refusal {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(reason, "reason");
        chain = List.copyOf(chain);
        instrumentId = instrumentId == null ? "" : instrumentId;
        Objects.requireNonNull(message, "message");
        if ((reason == RefusalReason.CONDITION_NOT_MET) != (failedCondition != null)) {
            throw new IllegalArgumentException("a failed condition goes with CONDITION_NOT_MET, and only with it");
        }
    }

    @Override
    public boolean isDecision() {
        return false;
    }

    public MissingLink missingLink() {
        return reason.missingLink();
    }

    /** The condition not met, when that is the reason. */
    public Optional<ConditionCheck> condition() {
        return Optional.ofNullable(failedCondition);
    }

    /** The reason alone, in a language. */
    public String reasonText(Locale locale) {
        return Texts.render(message, locale);
    }

    @Override
    public String explain(Locale locale) {
        StringBuilder sb = new StringBuilder(Texts.render(Texts.msg("refusal.summary", query.service().value(),
                query.subjectRegion().value(), query.date().toString(), reasonText(locale)), locale));
        for (ChainLink link : chain) {
            sb.append(System.lineSeparator()).append("- ").append(link.explain(locale));
        }
        return sb.toString();
    }
}
