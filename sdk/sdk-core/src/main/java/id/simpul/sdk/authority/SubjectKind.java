package id.simpul.sdk.authority;

/** What kind of configuration item a {@link ConfigurationProblem} is about. */
public enum SubjectKind {
    AGENCY("agency"),
    AUTHORITY("authority"),
    DELEGATION("delegation"),
    AGREEMENT("agreement");

    private final String configName;

    SubjectKind(String configName) {
        this.configName = configName;
    }

    /** The name used in reports and configuration files, e.g. {@code delegation}. */
    public String configName() {
        return configName;
    }
}
