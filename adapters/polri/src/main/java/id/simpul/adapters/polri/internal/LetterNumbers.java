package id.simpul.adapters.polri.internal;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/** The port's rule for a letter or SKCK number: 1–100 printable characters. */
final class LetterNumbers {

    static final String BUNDLE = "id.simpul.adapters.polri.messages";

    private LetterNumbers() {
    }

    /** @throws SimpulClientException ({@code polri.number.invalid}) without repeating the input */
    static void require(String number) {
        String trimmed = number == null ? "" : number.trim();
        boolean printable = trimmed.chars().allMatch(c -> c >= 0x20 && c != 0x7f);
        if (trimmed.isEmpty() || trimmed.length() > 100 || !printable) {
            throw new SimpulClientException("polri.number.invalid",
                    LocalizedMessage.of(BUNDLE, "polri.number.invalid", trimmed.length()));
        }
    }
}
