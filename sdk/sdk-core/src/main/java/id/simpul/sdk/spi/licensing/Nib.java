package id.simpul.sdk.spi.licensing;

import java.util.Objects;

/**
 * A business identification number (NIB, <em>Nomor Induk Berusaha</em>): 13 digits issued by OSS
 * RBA. A business number, not personal data. Two NIBs are equal when their digits are.
 */
public final class Nib {

    private final String value;

    private Nib(String value) {
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException when the text is not 13 digits (spaces are ignored)
     */
    public static Nib parse(String text) {
        Objects.requireNonNull(text, "text");
        String digits = text.replace(" ", "");
        if (digits.length() != 13 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a NIB is 13 digits, " + digits.length() + " characters were given");
        }
        return new Nib(digits);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nib n && value.equals(n.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
