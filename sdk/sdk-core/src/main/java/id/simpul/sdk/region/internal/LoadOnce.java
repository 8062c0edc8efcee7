package id.simpul.sdk.region.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on first request, exactly once however many threads ask at the same time, then
 * shared. A load that throws is not remembered: the next request tries again, so a caller always
 * sees the real error instead of a {@code NoClassDefFoundError} from a failed static initialiser.
 */
final class LoadOnce<T> implements Supplier<T> {

    private final Supplier<? extends T> loader;
    private volatile T value;

    LoadOnce(Supplier<? extends T> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public T get() {
        T loaded = value;
        if (loaded == null) {
            synchronized (this) {
                loaded = value;
                if (loaded == null) {
                    loaded = Objects.requireNonNull(loader.get(), "loader answered null");
                    value = loaded;
                }
            }
        }
        return loaded;
    }

    boolean isLoaded() {
        return value != null;
    }
}
