package id.simpul.sdk.catalogue;

import java.util.Objects;

/**
 * A kind of service a citizen can ask for (jenis layanan), independent of who provides it where.
 * What must be submitted, how long it takes and what it costs belong to its versioned
 * {@link ServiceStandard}; who may decide it belongs to the authority rules.
 *
 * @param code     the stable code, e.g. {@code ADM-KTP-HILANG}
 * @param name     the name in Bahasa Indonesia and English
 * @param category the group it belongs to
 */
public record ServiceType(ServiceCode code, LocalizedText name, ServiceCategory category) {

    public ServiceType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
    }

    public static ServiceType of(String code, String nameId, String nameEn, ServiceCategory category) {
        return new ServiceType(ServiceCode.of(code), LocalizedText.of(nameId, nameEn), category);
    }

    @Override
    public String toString() {
        return "ServiceType[" + code + "]";
    }
}
