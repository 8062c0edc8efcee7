package id.simpul.sdk.region.internal;

import id.simpul.sdk.region.RegionRegistry;

/** Holder of the official Kemendagri registry, loaded lazily once. */
public final class OfficialRegions {

    private OfficialRegions() {
    }

    public static RegionRegistry registry() {
        throw new IllegalStateException("official region dataset not packaged yet");
    }
}
