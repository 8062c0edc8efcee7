package id.simpul.federation.directory;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import id.simpul.federation.FederationDataException;
import id.simpul.federation.internal.JsonFields;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One node in the directory: a regency's portal with its code, name, base URL, public signing key
 * and the period it is trusted in.
 *
 * @param code       the regency's region code, e.g. {@code 61.12}
 * @param name       the regency's name, e.g. {@code Kabupaten Kubu Raya}
 * @param baseUrl    where its federation API lives (absolute http or https URL)
 * @param publicKey  its EC P-256 public key; a private key is refused
 * @param validFrom  first instant its signatures are accepted
 * @param validUntil instant from which they are no longer accepted; null: until the directory expires
 */
public record DirectoryNode(RegionCode code, String name, URI baseUrl, ECKey publicKey, Instant validFrom,
        Instant validUntil) {

    static final Set<String> MEMBERS = Set.of("code", "name", "baseUrl", "publicKey", "validFrom", "validUntil");

    public DirectoryNode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(validFrom, "validFrom");
        if (code.level() != RegionLevel.REGENCY) {
            throw new FederationDataException("node.level", code.value());
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new FederationDataException("node.name", code.value());
        }
        if (baseUrl == null || !baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !Set.of("http", "https").contains(baseUrl.getScheme())) {
            throw new FederationDataException("node.url", code.value());
        }
        if (publicKey == null || publicKey.isPrivate() || !Curve.P_256.equals(publicKey.getCurve())) {
            throw new FederationDataException("node.key", code.value());
        }
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new FederationDataException("node.validity", code.value());
        }
    }

    /** Whether signatures made at this instant are accepted. */
    public boolean trustedAt(Instant at) {
        return !at.isBefore(validFrom) && (validUntil == null || at.isBefore(validUntil));
    }

    public Optional<Instant> validUntilIfAny() {
        return Optional.ofNullable(validUntil);
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code.value());
        m.put("name", name);
        m.put("baseUrl", baseUrl.toString());
        m.put("publicKey", publicKey.toJSONObject());
        m.put("validFrom", validFrom.toString());
        if (validUntil != null) {
            m.put("validUntil", validUntil.toString());
        }
        return m;
    }

    /** Reads a node description (the same shape as a node inside the directory). */
    public static DirectoryNode fromJson(JsonFields j) {
        j.onlyMembers(MEMBERS);
        ECKey key;
        try {
            key = ECKey.parse(j.rawObject("publicKey"));
        } catch (ParseException e) {
            throw new FederationDataException("field.format", j.path() + ".publicKey", "EC P-256 JWK");
        }
        return new DirectoryNode(j.region("code"), j.string("name", 200), j.uri("baseUrl"), key,
                j.instant("validFrom"), j.optionalInstant("validUntil"));
    }
}
