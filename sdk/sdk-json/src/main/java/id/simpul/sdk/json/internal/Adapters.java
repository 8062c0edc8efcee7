package id.simpul.sdk.json.internal;

import jakarta.json.bind.adapter.JsonbAdapter;

/** Every adapter this module registers. */
public final class Adapters {

    private Adapters() {
    }

    public static JsonbAdapter<?, ?>[] all() {
        return new JsonbAdapter<?, ?>[] {new RegionAdapter(), new AgencyAdapter()};
    }
}
