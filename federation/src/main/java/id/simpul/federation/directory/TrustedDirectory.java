package id.simpul.federation.directory;

import id.simpul.federation.DirectoryProblem;
import id.simpul.federation.DirectoryRejectedException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The directory a node currently trusts, refreshed from its source on demand (the portal schedules
 * {@link #refresh()}; this class starts no thread).
 *
 * <p>A refresh that fails (source down, bad signature, expired, older sequence) leaves the trusted
 * directory as it was and throws; {@link #current()} keeps answering with it until it expires, and
 * then refuses, because a node must not act on an expired view of the federation.
 */
public final class TrustedDirectory implements Supplier<Directory> {

    private final DirectorySource source;
    private final DirectoryVerifier verifier;
    private final AtomicReference<Directory> trusted = new AtomicReference<>();

    private TrustedDirectory(DirectorySource source, DirectoryVerifier verifier) {
        this.source = Objects.requireNonNull(source, "source");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /** A holder that trusts nothing yet; call {@link #refresh()} at start. */
    public static TrustedDirectory of(DirectorySource source, DirectoryVerifier verifier) {
        return new TrustedDirectory(source, verifier);
    }

    /**
     * Fetches, verifies and, when newer or equal in sequence, trusts the source's directory.
     *
     * @return the directory now trusted
     * @throws DirectoryRejectedException     when the fetched document is refused (nothing changes)
     * @throws id.simpul.federation.DirectoryUnavailableException when it cannot be fetched
     */
    public Directory refresh() {
        Directory fresh = verifier.verify(source.fetch());
        return trusted.updateAndGet(old -> {
            if (old != null && fresh.sequence() < old.sequence()) {
                throw new DirectoryRejectedException(DirectoryProblem.ROLLBACK, null, fresh.sequence(), old.sequence());
            }
            return fresh;
        });
    }

    /**
     * The trusted directory.
     *
     * @throws DirectoryRejectedException {@code EXPIRED} when it has expired and no refresh replaced it,
     *                                    {@code NOT_LOADED} when nothing was ever loaded
     */
    public Directory current() {
        Directory d = trusted.get();
        if (d == null) {
            throw new DirectoryRejectedException(DirectoryProblem.NOT_LOADED, null);
        }
        verifier.checkValidNow(d);
        return d;
    }

    @Override
    public Directory get() {
        return current();
    }

    @Override
    public String toString() {
        return "TrustedDirectory[" + trusted.get() + "]";
    }
}
