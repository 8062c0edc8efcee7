package id.simpul.sdk.authority;

/** How serious a {@link ConfigurationProblem} is. */
public enum Severity {
    /** The configuration cannot be used until it is fixed. */
    ERROR,
    /** The configuration works, but probably not as its author meant. */
    WARNING
}
