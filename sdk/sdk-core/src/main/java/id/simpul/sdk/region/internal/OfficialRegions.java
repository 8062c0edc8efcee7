package id.simpul.sdk.region.internal;

import id.simpul.sdk.region.RegionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Holder of the official Kemendagri registry. Loaded on first use rather than at class loading,
 * so applications that never touch regions pay nothing; loaded once, because it is immutable.
 */
public final class OfficialRegions {

    /** Classpath location of the dataset; its NOTICE and licence sit in the same folder. */
    public static final String RESOURCE = "/id/simpul/sdk/region/wilayah/wilayah.txt";

    // An anonymous class rather than a lambda: no invokedynamic bootstrap on a cold start.
    private static final LoadOnce<RegionRegistry> OFFICIAL = new LoadOnce<>(new Supplier<RegionRegistry>() {
        @Override
        public RegionRegistry get() {
            return load(RESOURCE);
        }
    });

    private OfficialRegions() {
    }

    public static RegionRegistry registry() {
        return OFFICIAL.get();
    }

    /** Reads a dataset from the classpath; a fresh copy on every call. */
    static CompactRegionRegistry load(String resource) {
        try (InputStream in = OfficialRegions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw RegionDatasetException.missing(resource);
            }
            return RegionDatasetReader.read(in, resource);
        } catch (IOException e) {
            throw RegionDatasetException.unreadable(resource, e);
        }
    }
}
