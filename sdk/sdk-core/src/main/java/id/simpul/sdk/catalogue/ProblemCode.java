package id.simpul.sdk.catalogue;

/** What is wrong with one field or document of an application; {@link #code()} is stable for APIs. */
public enum ProblemCode {
    /** The form has a field the service's standard does not define. */
    UNKNOWN_FIELD("form.unknown-field"),
    /** A required field is absent or blank. */
    MISSING_REQUIRED("form.missing-required"),
    /** The value is not of the field's type (not a number, several values for one, a line break in a one-line text). */
    WRONG_TYPE("form.wrong-type"),
    /** A list field holds a value that is not among its choices. */
    NOT_ALLOWED_VALUE("form.not-allowed-value"),
    /** The text is longer than the field allows. */
    TOO_LONG("form.too-long"),
    /** The number or date lies outside the field's range. */
    OUT_OF_RANGE("form.out-of-range"),
    /** The text of a date field is not a date written {@code yyyy-MM-dd}. */
    UNPARSEABLE_DATE("form.unparseable-date"),
    /** A document the standard does not ask for. */
    DOCUMENT_UNKNOWN("document.unknown"),
    /** The same document was handed in twice. */
    DOCUMENT_DUPLICATE("document.duplicate"),
    /** A mandatory document is missing. */
    DOCUMENT_MISSING("document.missing"),
    /** A document with a limited validity has no issue date. */
    DOCUMENT_ISSUE_DATE_MISSING("document.issue-date-missing"),
    /** A document's issue date lies after the filing date. */
    DOCUMENT_ISSUED_AFTER_FILING("document.issued-after-filing"),
    /** A document's validity ended before the filing date. */
    DOCUMENT_EXPIRED("document.expired");

    private final String code;

    ProblemCode(String code) {
        this.code = code;
    }

    /** The machine code, e.g. {@code form.missing-required}. */
    public String code() {
        return code;
    }

    /** Whether the problem concerns a document rather than a form field. */
    public boolean isDocumentProblem() {
        return code.startsWith("document.");
    }
}
