package id.simpul.sdk.catalogue;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.catalogue.internal.Codes;
import id.simpul.sdk.catalogue.internal.ValueChecks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks an application's form data and documents against a service standard and reports every
 * problem at once, per field. Thread-safe and reusable.
 *
 * <p>A value that is absent, empty or only spaces counts as not given. Numbers use a dot as decimal
 * separator; dates are written {@code yyyy-MM-dd}. Documents with a limited validity must carry
 * an issue date and are judged against the filing date (see {@link RequiredDocument}).
 */
public final class FormValidator {

    private final List<FormAttribute> attributes;
    private final Map<String, FormAttribute> attributesByCode;
    private final Map<String, RequiredDocument> documentsByCode;

    private FormValidator(List<FormAttribute> attributes, List<RequiredDocument> documents) {
        this.attributes = attributes.stream().sorted(Comparator.comparingInt(FormAttribute::order)).toList();
        this.attributesByCode = new LinkedHashMap<>();
        this.attributes.forEach(a -> attributesByCode.put(a.code(), a));
        this.documentsByCode = new LinkedHashMap<>();
        documents.forEach(d -> documentsByCode.put(d.code(), d));
    }

    public static FormValidator of(ServiceStandard standard) {
        return new FormValidator(standard.formAttributes(), standard.requiredDocuments());
    }

    public static FormValidator of(List<FormAttribute> attributes, List<RequiredDocument> documents) {
        return new FormValidator(List.copyOf(attributes), List.copyOf(documents));
    }

    /** Checks form data and documents of a request filed on {@code filingDate}. */
    public ValidationResult validate(FormData form, Collection<SubmittedDocument> documents, LocalDate filingDate) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(filingDate, "filingDate");
        List<FieldProblem> problems = new ArrayList<>();
        checkFields(form, problems);
        checkDocuments(documents, filingDate, problems);
        return ValidationResult.of(problems);
    }

    /** Checks form data alone. */
    public ValidationResult validateForm(FormData form) {
        List<FieldProblem> problems = new ArrayList<>();
        checkFields(form, problems);
        return ValidationResult.of(problems);
    }

    private void checkFields(FormData form, List<FieldProblem> problems) {
        for (FormAttribute a : attributes) {
            List<String> given = form.values(a.code()).stream().filter(v -> !v.isBlank()).toList();
            if (given.isEmpty()) {
                if (a.isRequired()) {
                    problems.add(problem(a.code(), ProblemCode.MISSING_REQUIRED, "", a.label()));
                }
            } else {
                ValueChecks.check(a, given, (code, suffix, args) -> problems.add(problem(a.code(), code, suffix, args)));
            }
        }
        for (String field : form.fieldCodes()) {
            if (!attributesByCode.containsKey(field)) {
                problems.add(problem(field, ProblemCode.UNKNOWN_FIELD, "", Codes.excerpt(field)));
            }
        }
    }

    private void checkDocuments(Collection<SubmittedDocument> submitted, LocalDate filingDate,
                                List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (SubmittedDocument s : submitted) {
            RequiredDocument required = documentsByCode.get(s.code());
            if (required == null) {
                problems.add(problem(s.code(), ProblemCode.DOCUMENT_UNKNOWN, "", s.code()));
            } else if (!seen.add(s.code())) {
                problems.add(problem(s.code(), ProblemCode.DOCUMENT_DUPLICATE, "", required.name()));
            } else {
                checkValidity(required, s, filingDate, problems);
            }
        }
        for (RequiredDocument d : documentsByCode.values()) {
            if (d.isMandatory() && !seen.contains(d.code())) {
                problems.add(problem(d.code(), ProblemCode.DOCUMENT_MISSING, "", d.name()));
            }
        }
    }

    private static void checkValidity(RequiredDocument required, SubmittedDocument s, LocalDate filingDate,
                                      List<FieldProblem> problems) {
        if (s.issuedOn().isEmpty()) {
            if (required.validity().isPresent()) {
                problems.add(problem(s.code(), ProblemCode.DOCUMENT_ISSUE_DATE_MISSING, "", required.name()));
            }
            return;
        }
        LocalDate issued = s.issuedOn().get();
        switch (required.validityOn(issued, filingDate)) {
            case ISSUED_AFTER_FILING -> problems.add(problem(s.code(), ProblemCode.DOCUMENT_ISSUED_AFTER_FILING, "",
                    required.name(), issued.toString(), filingDate.toString()));
            case EXPIRED -> problems.add(problem(s.code(), ProblemCode.DOCUMENT_EXPIRED, "", required.name(),
                    required.expiresOn(issued).orElseThrow().toString(), filingDate.toString()));
            case VALID -> { }
        }
    }

    private static FieldProblem problem(String field, ProblemCode code, String keySuffix, Object... args) {
        return new FieldProblem(field, code,
                LocalizedMessage.of(InvalidCatalogueException.BUNDLE, "problem." + code.code() + keySuffix, args));
    }
}
