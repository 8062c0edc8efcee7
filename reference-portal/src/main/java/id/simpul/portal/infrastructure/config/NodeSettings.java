package id.simpul.portal.infrastructure.config;

import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The settings that identify this node: the regency it serves and whether it runs as a demo. */
@ApplicationScoped
public class NodeSettings {

    private RegionCode regency;

    @Inject
    void init(@ConfigProperty(name = "simpul.node.region", defaultValue = "61.12") String region) {
        RegionCode code = RegionCode.parse(region);
        if (code.level() != RegionLevel.REGENCY) {
            throw new IllegalStateException("simpul.node.region must be a regency code such as 61.12, not "
                    + code.level() + " " + code);
        }
        this.regency = code;
    }

    public RegionCode regency() {
        return regency;
    }

    public boolean demoMode() {
        return DataFolder.demoMode();
    }
}
