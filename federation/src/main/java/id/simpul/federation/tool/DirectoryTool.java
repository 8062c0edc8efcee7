package id.simpul.federation.tool;

import com.nimbusds.jose.jwk.ECKey;
import id.simpul.federation.FederationDataException;
import id.simpul.federation.NodeKeyException;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.directory.DirectoryAgreement;
import id.simpul.federation.directory.DirectoryNode;
import id.simpul.federation.directory.DirectorySigner;
import id.simpul.federation.directory.DirectorySource;
import id.simpul.federation.directory.DirectoryVerifier;
import id.simpul.federation.identity.NodeIdentity;
import id.simpul.federation.internal.JsonFields;
import id.simpul.federation.internal.KeyFiles;
import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulException;
import id.simpul.sdk.region.RegionCode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The directory authority's command line: create its key, create or show a node's key and node
 * description, build and sign a directory from node descriptions and agreements, verify one.
 * Run {@code java -jar simpul-directory.jar help}. Output and errors are in Bahasa Indonesia and
 * English; no private key is ever printed.
 */
public final class DirectoryTool {

    static final String AUTHORITY_OWNER = "directory-authority";

    private static final String USAGE = String.join("\n",
            "Simpul directory tool / alat direktori Simpul",
            "",
            "  keygen     --out authority-key.json",
            "             create the directory authority key (owner-only file); prints its public JWK",
            "  public-key --key authority-key.json",
            "             print the public JWK of an authority key file",
            "  node-key   --code 61.12 --data DATA_DIR [--name \"Kabupaten Kubu Raya\" --base-url URL --out nodes/61.12.json]",
            "             create (first time) or load a node key; prints its public JWK, and with --out writes",
            "             the node description for the directory",
            "  build      --authority-key authority-key.json --nodes nodes/ --agreements agreements.json",
            "             --out directory.jws [--valid-days 30] [--sequence N]",
            "             build and sign the directory (sequence defaults to the current Unix time)",
            "  verify     --authority-public authority-public.jwk.json --in directory.jws",
            "             verify a signed directory and print a summary",
            "",
            "Exit status: 0 done, 1 refused (reason printed), 2 wrong usage.");

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    DirectoryTool(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(new DirectoryTool(System.out, System.err, Clock.systemUTC()).run(args));
    }

    int run(String[] args) {
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            out.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Map<String, String> opts;
        try {
            opts = options(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            switch (args[0]) {
                case "keygen" -> keygen(opts);
                case "public-key" -> publicKey(opts);
                case "node-key" -> nodeKey(opts);
                case "build" -> build(opts);
                case "verify" -> verify(opts);
                default -> throw new UsageException("Unknown command / perintah tidak dikenal: " + args[0]);
            }
            return 0;
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            err.println("Invalid option value / nilai opsi tidak sah: " + e.getMessage());
            return 2;
        } catch (SimpulException e) {
            LocalizedMessage m = e.localizedMessage();
            err.println("[" + e.code() + "] " + m.format(LocalizedMessage.INDONESIAN));
            err.println("[" + e.code() + "] " + m.format(java.util.Locale.ENGLISH));
            return 1;
        }
    }

    private void keygen(Map<String, String> o) {
        Path file = Path.of(required(o, "out"));
        ECKey key = KeyFiles.generate();
        if (!KeyFiles.createNew(file, AUTHORITY_OWNER, key)) {
            throw new NodeKeyException("exists", null, file);
        }
        out.println(key.toPublicJWK().toJSONString());
    }

    private void publicKey(Map<String, String> o) {
        out.println(authorityKey(Path.of(required(o, "key"))).toPublicJWK().toJSONString());
    }

    private void nodeKey(Map<String, String> o) {
        RegionCode code = RegionCode.parse(required(o, "code"));
        NodeIdentity node = NodeIdentity.loadOrCreate(code, Path.of(required(o, "data")));
        out.println(node.publicJwk().toJSONString());
        if (o.containsKey("out")) {
            Instant from = o.containsKey("valid-from") ? Instant.parse(o.get("valid-from"))
                    : clock.instant().truncatedTo(ChronoUnit.SECONDS);
            DirectoryNode description = new DirectoryNode(code, required(o, "name"), URI.create(required(o, "base-url")),
                    node.publicJwk(), from, null);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", description.code().value());
            json.put("name", description.name());
            json.put("baseUrl", description.baseUrl().toString());
            json.put("publicKey", description.publicKey().toJSONObject());
            json.put("validFrom", description.validFrom().toString());
            writeReplacing(Path.of(o.get("out")), JsonFields.write(json) + "\n");
        }
    }

    private void build(Map<String, String> o) {
        ECKey authority = authorityKey(Path.of(required(o, "authority-key")));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long days = Long.parseLong(o.getOrDefault("valid-days", "30"));
        Directory.Builder b = Directory.builder()
                .sequence(Long.parseLong(o.getOrDefault("sequence", Long.toString(now.getEpochSecond()))))
                .issuedAt(now).expiresAt(now.plus(Duration.ofDays(days)));
        for (Path file : jsonFiles(Path.of(required(o, "nodes")))) {
            b.node(DirectoryNode.fromJson(JsonFields.of(readObject(file), file.getFileName().toString())));
        }
        Path agreementsFile = Path.of(required(o, "agreements"));
        JsonFields agreements = JsonFields.of(readObject(agreementsFile), agreementsFile.getFileName().toString());
        agreements.onlyMembers(java.util.Set.of("agreements"));
        agreements.objects("agreements").forEach(a -> b.agreement(DirectoryAgreement.fromJson(a)));
        Directory directory = b.build();
        writeReplacing(Path.of(required(o, "out")), DirectorySigner.of(authority).sign(directory) + "\n");
        out.println("Signed / ditandatangani: " + directory);
    }

    private void verify(Map<String, String> o) {
        Path keyFile = Path.of(required(o, "authority-public"));
        ECKey key;
        try {
            key = ECKey.parse(read(keyFile));
        } catch (ParseException e) {
            throw new FederationDataException("field.format", keyFile.toString(), "EC P-256 JWK");
        }
        Directory d = DirectoryVerifier.of(key, clock, Duration.ofMinutes(2))
                .verify(DirectorySource.file(Path.of(required(o, "in"))).fetch());
        out.println("Valid / sah: " + d);
        d.nodes().forEach(n -> out.println("  node " + n.code().value() + " " + n.name() + " " + n.baseUrl()));
        d.agreements().forEach(a -> out.println("  agreement " + a.id() + " " + a.effectiveFrom() + ".."
                + (a.effectiveUntil() == null ? "" : a.effectiveUntil())));
    }

    private static ECKey authorityKey(Path file) {
        return KeyFiles.load(file, AUTHORITY_OWNER).orElseThrow(() -> new NodeKeyException("read", null, file, "missing"));
    }

    private static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new NodeKeyException("read", e, dir, e.getClass().getSimpleName());
        }
    }

    private static Map<String, Object> readObject(Path file) {
        return JsonFields.parseObject(read(file), file.getFileName().toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NodeKeyException("read", e, file, e.getClass().getSimpleName());
        }
    }

    /** Public documents (descriptions, signed directories) replace the old file atomically. */
    private static void writeReplacing(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".out-", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new NodeKeyException("write", e, file, e.getClass().getSimpleName());
        }
    }

    private static String required(Map<String, String> o, String name) {
        String v = o.get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException("Missing option / opsi wajib tidak ada: --" + name);
        }
        return v;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        for (int i = 0; i < rest.size(); i += 2) {
            String name = rest.get(i);
            if (!name.startsWith("--") || i + 1 >= rest.size()) {
                throw new UsageException("Expected --option value / diharapkan --opsi nilai: " + name);
            }
            o.put(name.substring(2), rest.get(i + 1));
        }
        return o;
    }

    /** Wrong command line; printed with the usage text. */
    static final class UsageException extends SimpulException {
        private static final long serialVersionUID = 1L;

        UsageException(String text) {
            super("federation.tool.usage", LocalizedMessage.of("id.simpul.federation.messages", "tool.usage", text));
        }

        @Override
        public String getMessage() {
            return localizedMessage().args().get(0).toString();
        }

        @Override
        public boolean retryable() {
            return false;
        }
    }
}
