package id.simpul.sdk.spi.police;

import java.util.Objects;

/**
 * One item on a lost-item report letter.
 *
 * @param kind        what it is
 * @param description as written on the letter; may contain personal data, so {@link #toString()}
 *                    leaves it out
 */
public record LostItem(LostItemKind kind, String description) {

    public LostItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String toString() {
        return "LostItem[" + kind + "]";
    }
}
