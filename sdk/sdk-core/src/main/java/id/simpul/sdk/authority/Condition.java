package id.simpul.sdk.authority;

import id.simpul.sdk.catalogue.FormData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition a request must meet for a {@link Delegation} to apply (syarat pelimpahan), comparing
 * one attribute of the request form with a fixed value, e.g. {@code luas_bangunan <= 100} (only
 * buildings up to 100 m² are delegated to the Camat).
 *
 * <p>Written as {@code attribute operator value}: the attribute is a form attribute code; the
 * operator one of {@code < <= > >= == !=} ({@code =} is read as {@code ==}); the value a number
 * ({@code 100}, {@code 12.5}), a date ({@code 2026-01-01}) or quoted text ({@code 'rumah_tinggal'}).
 * Text can only be compared for (in)equality. Immutable; equal when the expressions are equal.
 */
public final class Condition {

    private static final Pattern EXPRESSION =
            Pattern.compile("\\s*([a-z][a-z0-9_]{0,39})\\s*(<=|>=|==|!=|<|>|=)\\s*(.*?)\\s*");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final int MAX_TEXT = 200;

    private final String attribute;
    private final ComparisonOperator operator;
    private final ConditionType type;
    private final BigDecimal number;
    private final LocalDate date;
    private final String text;

    private Condition(String attribute, ComparisonOperator operator, ConditionType type, BigDecimal number,
            LocalDate date, String text) {
        if (attribute == null || !ATTRIBUTE.matcher(attribute).matches()) {
            throw new InvalidAuthorityException("condition.attribute", excerpt(attribute));
        }
        this.attribute = attribute;
        this.operator = Objects.requireNonNull(operator, "operator");
        this.type = type;
        this.number = number;
        this.date = date;
        this.text = text;
        if (type == ConditionType.TEXT && operator.isOrdering()) {
            throw new InvalidAuthorityException("condition.text-ordering", attribute, operator.symbol());
        }
    }

    /** {@code attribute operator number}, e.g. {@code luas_bangunan <= 100}. */
    public static Condition number(String attribute, ComparisonOperator operator, BigDecimal value) {
        return new Condition(attribute, operator, ConditionType.NUMBER, Objects.requireNonNull(value, "value"), null,
                null);
    }

    /** {@code attribute operator date}, e.g. {@code tanggal_izin >= 2024-01-01}. */
    public static Condition date(String attribute, ComparisonOperator operator, LocalDate value) {
        return new Condition(attribute, operator, ConditionType.DATE, null, Objects.requireNonNull(value, "value"),
                null);
    }

    /** {@code attribute == 'text'} or {@code !=}; the text is compared exactly, after trimming the request's value. */
    public static Condition text(String attribute, ComparisonOperator operator, String value) {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_TEXT || value.indexOf('\'') >= 0 || value.indexOf('"') >= 0) {
            throw new InvalidAuthorityException("condition.text-value", attribute, MAX_TEXT);
        }
        return new Condition(attribute, operator, ConditionType.TEXT, null, null, value);
    }

    /**
     * Reads one condition, e.g. {@code luas_bangunan <= 100}.
     *
     * @throws InvalidAuthorityException saying which part cannot be read and how it should look
     */
    public static Condition parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new InvalidAuthorityException("condition.blank");
        }
        Matcher m = EXPRESSION.matcher(expression);
        if (!m.matches()) {
            throw new InvalidAuthorityException("condition.shape", excerpt(expression));
        }
        String attribute = m.group(1);
        ComparisonOperator op = ComparisonOperator.fromSymbol(m.group(2)).orElseThrow();
        String value = m.group(3);
        if (value.length() >= 2 && (value.charAt(0) == '\'' || value.charAt(0) == '"')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return text(attribute, op, value.substring(1, value.length() - 1));
        }
        if (NUMBER.matcher(value).matches()) {
            return number(attribute, op, new BigDecimal(value));
        }
        if (DATE.matcher(value).matches()) {
            try {
                return date(attribute, op, LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                throw new InvalidAuthorityException("condition.date", attribute, value);
            }
        }
        throw new InvalidAuthorityException("condition.value", attribute, excerpt(value));
    }

    /**
     * Reads conditions joined by {@code and} (all must hold), e.g.
     * {@code luas_bangunan <= 100 and fungsi == 'hunian'}.
     */
    public static List<Condition> parseAll(String expressions) {
        if (expressions == null || expressions.isBlank()) {
            return List.of();
        }
        List<Condition> result = new ArrayList<>();
        for (String part : splitOnAnd(expressions)) {
            result.add(parse(part));
        }
        return List.copyOf(result);
    }

    private static List<String> splitOnAnd(String s) {
        List<String> parts = new ArrayList<>();
        char quote = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (s.regionMatches(true, i, " and ", 0, 5)) {
                parts.add(s.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static String excerpt(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    public String attribute() {
        return attribute;
    }

    public ComparisonOperator operator() {
        return operator;
    }

    public ConditionType type() {
        return type;
    }

    /** The operand as written in an expression: {@code 100}, {@code 2026-01-01} or {@code 'hunian'}. */
    public String operandText() {
        return switch (type) {
            case NUMBER -> number.toPlainString();
            case DATE -> date.toString();
            case TEXT -> "'" + text + "'";
        };
    }

    /** The numeric operand, for NUMBER conditions. */
    BigDecimal numberOperand() {
        return number;
    }

    /** The date operand, for DATE conditions. */
    LocalDate dateOperand() {
        return date;
    }

    /** The text operand, for TEXT conditions. */
    String textOperand() {
        return text;
    }

    /** The expression, e.g. {@code luas_bangunan <= 100}; {@link #parse} reads it back to an equal condition. */
    public String expression() {
        return attribute + " " + operator.symbol() + " " + operandText();
    }

    /** Checks the condition against a request's form values. Never throws for bad values: it says what it found. */
    public ConditionCheck check(FormData form) {
        List<String> values = form.values(attribute);
        if (values.isEmpty() || values.get(0).isBlank()) {
            return new ConditionCheck(this, ConditionCheck.Outcome.MISSING, "");
        }
        String raw = values.get(0).strip();
        if (values.size() > 1) {
            return new ConditionCheck(this, ConditionCheck.Outcome.UNREADABLE, raw);
        }
        int comparison;
        try {
            comparison = switch (type) {
                case NUMBER -> new BigDecimal(raw).compareTo(number);
                case DATE -> LocalDate.parse(raw).compareTo(date);
                case TEXT -> raw.equals(text) ? 0 : 1;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return new ConditionCheck(this, ConditionCheck.Outcome.UNREADABLE, raw);
        }
        return new ConditionCheck(this, operator.accepts(Integer.signum(comparison))
                ? ConditionCheck.Outcome.MET : ConditionCheck.Outcome.NOT_MET, raw);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Condition c && attribute.equals(c.attribute) && operator == c.operator && type == c.type
                && (type == ConditionType.NUMBER ? number.compareTo(c.number) == 0
                        : operandText().equals(c.operandText()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(attribute, operator, type, type == ConditionType.NUMBER
                ? number.stripTrailingZeros().toPlainString() : operandText());
    }

    @Override
    public String toString() {
        return expression();
    }
}
