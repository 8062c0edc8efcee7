package id.simpul.sdk.authority;

import java.util.Optional;

/** How a {@link Condition} compares a request attribute with its operand. */
public enum ComparisonOperator {
    LESS_THAN("<"),
    AT_MOST("<="),
    GREATER_THAN(">"),
    AT_LEAST(">="),
    EQUAL("=="),
    NOT_EQUAL("!=");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol used in condition expressions, e.g. {@code <=}. */
    public String symbol() {
        return symbol;
    }

    /** Whether the operator only makes sense for ordered values (numbers and dates). */
    public boolean isOrdering() {
        return this != EQUAL && this != NOT_EQUAL;
    }

    /** Finds an operator by its symbol; a single {@code =} means {@link #EQUAL}. */
    public static Optional<ComparisonOperator> fromSymbol(String symbol) {
        if ("=".equals(symbol)) {
            return Optional.of(EQUAL);
        }
        for (ComparisonOperator op : values()) {
            if (op.symbol.equals(symbol)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code comparison} (the sign of actual.compareTo(operand)) satisfies the operator. */
    boolean accepts(int comparison) {
        return switch (this) {
            case LESS_THAN -> comparison < 0;
            case AT_MOST -> comparison <= 0;
            case GREATER_THAN -> comparison > 0;
            case AT_LEAST -> comparison >= 0;
            case EQUAL -> comparison == 0;
            case NOT_EQUAL -> comparison != 0;
        };
    }
}
