package id.simpul.sdk.request;

import id.simpul.sdk.identity.Nik;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An opaque reference to the applicant (pemohon), never the person's NIK. A request travels
 * between systems, logs and partner regencies; a raw NIK in it would leak. The deploying system
 * keeps the link from reference to person, or derives the reference with {@link #pseudonymOf}.
 *
 * <p>A value that contains sixteen digits in a row looks like a NIK and is refused.
 * {@link #toString()} shows only the last four characters.
 *
 * @param value letters, digits, {@code . _ : -}, 1 to 64 characters
 */
public record ApplicantRef(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern NIK_LIKE = Pattern.compile(".*\\d{16}.*");
    private static final String PSEUDONYM_PREFIX = "p2:";

    public ApplicantRef {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidRequestException("request.applicant.shape");
        }
        if (NIK_LIKE.matcher(value).matches()) {
            throw new InvalidRequestException("request.applicant.nik");
        }
    }

    public static ApplicantRef of(String value) {
        return new ApplicantRef(value);
    }

    /** A stable pseudonym for a NIK; see {@link #pseudonymOf(CharSequence, byte[])}. */
    public static ApplicantRef pseudonymOf(Nik nik, byte[] secretKey) {
        return pseudonymOf(Objects.requireNonNull(nik, "nik").value(), secretKey);
    }

    /**
     * A stable pseudonym for a personal identifier such as a NIK: HMAC-SHA-256 with the node's
     * secret key, first 128 bits in hex as four groups of eight separated by {@code -}, prefixed
     * {@code p2:}. The same person gets the same reference on the same node; without the key the NIK
     * cannot be recovered or tested. The groups keep every pseudonym clear of the sixteen-digit rule
     * (an ungrouped hex string has sixteen digits in a row about once in a hundred identifiers).
     *
     * @param identifier the identifier, e.g. the NIK's digits; not kept
     * @param secretKey  the deployment's secret, at least 16 bytes
     */
    public static ApplicantRef pseudonymOf(CharSequence identifier, byte[] secretKey) {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(secretKey, "secretKey");
        if (secretKey.length < 16) {
            throw new InvalidRequestException("request.applicant.key");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey, "HmacSHA256"));
            byte[] digest = mac.doFinal(identifier.toString().getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest, 0, 16);
            return new ApplicantRef(PSEUDONYM_PREFIX + hex.substring(0, 8) + '-' + hex.substring(8, 16) + '-'
                    + hex.substring(16, 24) + '-' + hex.substring(24, 32));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    @Override
    public String toString() {
        return "ApplicantRef[\u2026" + value.substring(Math.max(0, value.length() - 4)) + "]";
    }
}
