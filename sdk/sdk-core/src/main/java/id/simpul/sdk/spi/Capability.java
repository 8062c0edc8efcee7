package id.simpul.sdk.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something an adapter can do, e.g. {@code population.verify}. Ports name the capabilities of their
 * operations; an adapter declares which it supports in its {@link AdapterDescriptor}; the
 * conformance kit switches its optional rules on from them. Integrators may define their own names.
 *
 * @param name lower-case words separated by dots or dashes, e.g. {@code police.skck-status}
 */
public record Capability(String name) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    /** Verify a person by elements (verifikasi berbasis elemen data). */
    public static final Capability POPULATION_VERIFY = new Capability("population.verify");
    /** Read a person's recorded values by NIK; personal data, off unless the deployment enables it. */
    public static final Capability POPULATION_LOOKUP = new Capability("population.lookup");
    /** Inquire a business identification number (NIB) at OSS RBA. */
    public static final Capability LICENSING_NIB_INQUIRY = new Capability("licensing.nib-inquiry");
    /** Push a licence processing status ({@code kd_status}) to OSS RBA. */
    public static final Capability LICENSING_STATUS_PUSH = new Capability("licensing.status-push");
    /** Push a final, issued licence to OSS RBA. */
    public static final Capability LICENSING_LICENCE_PUSH = new Capability("licensing.licence-push");
    /** Ask OSS RBA for the current status of a licence. */
    public static final Capability LICENSING_STATUS_CHECK = new Capability("licensing.status-check");
    /** Verify a lost-item report letter (SKTLK) by its number. */
    public static final Capability POLICE_LOST_REPORT = new Capability("police.lost-report");
    /** Check the status of a police clearance (SKCK). */
    public static final Capability POLICE_SKCK_STATUS = new Capability("police.skck-status");

    public Capability {
        Objects.requireNonNull(name, "name");
        if (!SHAPE.matcher(name).matches()) {
            throw new IllegalArgumentException("a capability name is lower-case dotted words like population.verify");
        }
    }

    public static Capability of(String name) {
        return new Capability(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
