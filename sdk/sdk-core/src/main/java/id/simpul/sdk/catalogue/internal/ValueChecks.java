package id.simpul.sdk.catalogue.internal;

import id.simpul.sdk.catalogue.AllowedValue;
import id.simpul.sdk.catalogue.AttributeType;
import id.simpul.sdk.catalogue.FormAttribute;
import id.simpul.sdk.catalogue.ProblemCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the values of one present form field against its attribute. Reports through a callback
 * with a message key suffix and the message arguments; never repeats the value itself.
 */
public final class ValueChecks {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** Receives a problem: its code, the message key suffix and the message arguments. */
    public interface Sink {
        void report(ProblemCode problem, String keySuffix, Object... args);
    }

    private ValueChecks() {
    }

    /** Checks non-blank values of an attribute. */
    public static void check(FormAttribute a, List<String> values, Sink sink) {
        if (a.type() != AttributeType.MULTI_VALUE_LIST && values.size() > 1) {
            sink.report(ProblemCode.WRONG_TYPE, ".multiple", a.label());
            return;
        }
        switch (a.type()) {
            case STRING, TEXT -> checkText(a, values.get(0), sink);
            case NUMBER -> checkNumber(a, values.get(0).strip(), sink);
            case DATE -> checkDate(a, values.get(0).strip(), sink);
            case SINGLE_VALUE_LIST, MULTI_VALUE_LIST -> checkChoices(a, values, sink);
        }
    }

    private static void checkText(FormAttribute a, String value, Sink sink) {
        if (a.type() == AttributeType.STRING && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            sink.report(ProblemCode.WRONG_TYPE, ".single-line", a.label());
        }
        int length = value.codePointCount(0, value.length());
        if (length > a.maxLength()) {
            sink.report(ProblemCode.TOO_LONG, "", a.label(), a.maxLength(), length);
        }
    }

    private static void checkNumber(FormAttribute a, String value, Sink sink) {
        if (!DECIMAL.matcher(value).matches()) {
            sink.report(ProblemCode.WRONG_TYPE, ".number", a.label());
            return;
        }
        BigDecimal n = new BigDecimal(value);
        a.min().filter(min -> n.compareTo(min) < 0)
                .ifPresent(min -> sink.report(ProblemCode.OUT_OF_RANGE, ".min", a.label(), min.toPlainString()));
        a.max().filter(max -> n.compareTo(max) > 0)
                .ifPresent(max -> sink.report(ProblemCode.OUT_OF_RANGE, ".max", a.label(), max.toPlainString()));
    }

    private static void checkDate(FormAttribute a, String value, Sink sink) {
        LocalDate d;
        try {
            d = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            sink.report(ProblemCode.UNPARSEABLE_DATE, "", a.label());
            return;
        }
        a.earliest().filter(d::isBefore)
                .ifPresent(e -> sink.report(ProblemCode.OUT_OF_RANGE, ".earliest", a.label(), e.toString()));
        a.latest().filter(d::isAfter)
                .ifPresent(l -> sink.report(ProblemCode.OUT_OF_RANGE, ".latest", a.label(), l.toString()));
    }

    private static void checkChoices(FormAttribute a, List<String> values, Sink sink) {
        if (values.stream().map(String::strip).anyMatch(v -> !a.allows(v))) {
            String choices = a.allowedValues().stream().map(AllowedValue::code).collect(Collectors.joining(", "));
            sink.report(ProblemCode.NOT_ALLOWED_VALUE, "", a.label(), choices);
        }
    }
}
