package id.simpul.sdk.authority;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether two sets of conditions can never hold for the same request, so two delegations
 * of the same service and kecamatan do not compete. Conservative: when in doubt, they may overlap.
 */
final class ConditionOverlap {

    private ConditionOverlap() {
    }

    /** Whether no request can meet all of {@code a} and all of {@code b} at once. */
    static boolean disjoint(List<Condition> a, List<Condition> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Map<String, List<Condition>> byAttributeAndType = new LinkedHashMap<>();
        for (List<Condition> side : List.of(a, b)) {
            for (Condition c : side) {
                byAttributeAndType.computeIfAbsent(c.attribute() + "|" + c.type(), k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Condition> group : byAttributeAndType.values()) {
            if (!satisfiable(group)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one value of the group's attribute can meet every condition in it (all of one type). */
    static boolean satisfiable(List<Condition> group) {
        return group.get(0).type() == ConditionType.TEXT ? textSatisfiable(group) : rangeSatisfiable(group);
    }

    private static boolean textSatisfiable(List<Condition> group) {
        String required = null;
        Set<String> excluded = new HashSet<>();
        for (Condition c : group) {
            if (c.operator() == ComparisonOperator.EQUAL) {
                if (required != null && !required.equals(c.textOperand())) {
                    return false;
                }
                required = c.textOperand();
            } else {
                excluded.add(c.textOperand());
            }
        }
        return required == null || !excluded.contains(required);
    }

    private static boolean rangeSatisfiable(List<Condition> group) {
        BigDecimal low = null;
        boolean lowInclusive = true;
        BigDecimal high = null;
        boolean highInclusive = true;
        List<BigDecimal> excluded = new ArrayList<>();
        for (Condition c : group) {
            BigDecimal v = c.type() == ConditionType.NUMBER ? c.numberOperand()
                    : BigDecimal.valueOf(c.dateOperand().toEpochDay());
            ComparisonOperator op = c.operator();
            if (op == ComparisonOperator.NOT_EQUAL) {
                excluded.add(v);
                continue;
            }
            if (op == ComparisonOperator.GREATER_THAN || op == ComparisonOperator.AT_LEAST
                    || op == ComparisonOperator.EQUAL) {
                boolean inclusive = op != ComparisonOperator.GREATER_THAN;
                int cmp = low == null ? 1 : v.compareTo(low);
                if (cmp > 0 || (cmp == 0 && !inclusive)) {
                    low = v;
                    lowInclusive = inclusive;
                }
            }
            if (op == ComparisonOperator.LESS_THAN || op == ComparisonOperator.AT_MOST
                    || op == ComparisonOperator.EQUAL) {
                boolean inclusive = op != ComparisonOperator.LESS_THAN;
                int cmp = high == null ? -1 : v.compareTo(high);
                if (cmp < 0 || (cmp == 0 && !inclusive)) {
                    high = v;
                    highInclusive = inclusive;
                }
            }
        }
        if (low == null || high == null) {
            return true;
        }
        int cmp = low.compareTo(high);
        if (cmp > 0 || (cmp == 0 && !(lowInclusive && highInclusive))) {
            return false;
        }
        if (cmp == 0) {
            BigDecimal only = low;
            return excluded.stream().noneMatch(x -> x.compareTo(only) == 0);
        }
        return true;
    }
}
