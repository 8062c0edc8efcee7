package id.simpul.sdk.identity;

import id.simpul.sdk.region.RegionRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Reads NIKs and KK numbers against a region registry and a clock, so that "today" — which
 * decides the century of a two-digit year and what counts as the future — can be fixed in tests
 * and injected in applications. Immutable and thread-safe.
 */
public final class IdentityNumbers {

    /**
     * WIT (UTC+9), the first Indonesian time zone to reach a new day: a baby born today anywhere
     * in Indonesia is never "born tomorrow" for a server running on UTC or WIB.
     */
    public static final ZoneId EARLIEST_INDONESIAN_ZONE = ZoneId.of("Asia/Jayapura");

    private static final IdentityNumbers STANDARD = new IdentityNumbers(null, Clock.system(EARLIEST_INDONESIAN_ZONE));

    private final RegionRegistry registry;
    private final Clock clock;

    private IdentityNumbers(RegionRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * The official region registry (loaded on the first validation, not before) and the system
     * clock in {@link #EARLIEST_INDONESIAN_ZONE}.
     */
    public static IdentityNumbers standard() {
        return STANDARD;
    }

    public static IdentityNumbers of(RegionRegistry registry, Clock clock) {
        return new IdentityNumbers(Objects.requireNonNull(registry, "registry"), Objects.requireNonNull(clock, "clock"));
    }

    /** The reference date: today by this clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public NikValidation validateNik(String text) {
        return Nik.validate(text, registry(), today());
    }

    /** @throws InvalidNikException saying precisely what is wrong */
    public Nik parseNik(String text) {
        return Nik.parse(text, today());
    }

    public KkValidation validateKk(String text) {
        return KkNumber.validate(text, registry(), today());
    }

    /** @throws InvalidKkNumberException saying precisely what is wrong */
    public KkNumber parseKk(String text) {
        return KkNumber.parse(text, today());
    }

    private RegionRegistry registry() {
        return registry != null ? registry : RegionRegistry.official();
    }
}
