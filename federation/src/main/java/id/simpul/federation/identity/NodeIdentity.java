package id.simpul.federation.identity;

import com.nimbusds.jose.jwk.ECKey;
import id.simpul.federation.FederationDataException;
import id.simpul.federation.NodeKeyException;
import id.simpul.federation.internal.KeyFiles;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A node of the federation (simpul): a regency's portal, named by its region code (kode wilayah
 * kabupaten/kota), with the EC P-256 key pair it signs its messages and receipts with.
 *
 * <p>{@link #loadOrCreate} creates the key pair on the first start under
 * {@code <dataFolder>/federation/node-<code>.key.json} (owner-only permissions, written atomically)
 * and loads the same key on every later start. {@link #toString()} and exceptions never show the
 * private key; {@link #publicJwk()} is the only part meant to leave the node.
 */
public final class NodeIdentity {

    private final RegionCode code;
    private final ECKey key;

    private NodeIdentity(RegionCode code, ECKey key) {
        this.code = code;
        this.key = key;
    }

    /**
     * Loads the node's key from the data folder, creating it on the first start.
     *
     * @throws NodeKeyException when the file cannot be written or read, belongs to another node,
     *                          or is readable by others than its owner
     */
    public static NodeIdentity loadOrCreate(RegionCode code, Path dataFolder) {
        RegionCode node = requireRegency(code);
        Path file = keyFile(node, dataFolder);
        String owner = "node:" + node.value();
        return KeyFiles.load(file, owner).map(k -> new NodeIdentity(node, k)).orElseGet(() -> {
            KeyFiles.createNew(file, owner, KeyFiles.generate());
            return new NodeIdentity(node, KeyFiles.load(file, owner)
                    .orElseThrow(() -> new NodeKeyException("read", null, file, "missing")));
        });
    }

    /** An identity around a key held elsewhere (a key store, a test); the key must be private P-256. */
    public static NodeIdentity of(RegionCode code, ECKey privateKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        if (!privateKey.isPrivate() || privateKey.getKeyID() == null) {
            throw new FederationDataException("key.private", code);
        }
        return new NodeIdentity(requireRegency(code), privateKey);
    }

    /** Where {@link #loadOrCreate} keeps a node's key inside a data folder. */
    public static Path keyFile(RegionCode code, Path dataFolder) {
        return dataFolder.resolve("federation").resolve("node-" + code.value() + ".key.json");
    }

    public RegionCode code() {
        return code;
    }

    /** The key id: the RFC 7638 thumbprint of the public key. */
    public String keyId() {
        return key.getKeyID();
    }

    /** The public half as a JWK, for node descriptions and the directory. */
    public ECKey publicJwk() {
        return key.toPublicJWK();
    }

    /** The private key, for the signers of this module and the embedding portal; never log it. */
    public ECKey signingKey() {
        return key;
    }

    @Override
    public String toString() {
        return "NodeIdentity[" + code.value() + ", kid=" + key.getKeyID() + "]";
    }

    private static RegionCode requireRegency(RegionCode code) {
        Objects.requireNonNull(code, "code");
        if (code.level() != RegionLevel.REGENCY) {
            throw new FederationDataException("node.level", code.value());
        }
        return code;
    }
}
