package id.simpul.sdk.authority;

import java.util.List;
import java.util.Locale;

/**
 * The answer of the {@link AuthorityResolver}: a {@link Decision} naming the competent office, or
 * a {@link Refusal} naming the missing link. Both carry the chain of instruments established.
 */
public sealed interface Resolution permits Decision, Refusal {

    ResolutionQuery query();

    /** The instruments established, in order: authority, then delegation, then agreement. */
    List<ChainLink> chain();

    /** Whether an office may decide the request. */
    boolean isDecision();

    /** The whole answer in a language, one sentence per line. */
    String explain(Locale locale);
}
