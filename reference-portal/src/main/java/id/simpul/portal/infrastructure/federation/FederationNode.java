package id.simpul.portal.infrastructure.federation;

import com.nimbusds.jose.jwk.ECKey;
import id.simpul.federation.DirectoryRejectedException;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.directory.DirectorySource;
import id.simpul.federation.directory.DirectoryVerifier;
import id.simpul.federation.directory.TrustedDirectory;
import id.simpul.federation.http.FederationClient;
import id.simpul.federation.identity.NodeIdentity;
import id.simpul.federation.message.MessageSigner;
import id.simpul.federation.message.MessageVerifier;
import id.simpul.portal.infrastructure.config.DataFolder;
import id.simpul.portal.infrastructure.config.NodeSettings;
import id.simpul.portal.infrastructure.persistence.PortalDataSource;
import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulException;
import id.simpul.sdk.calendar.WorkingCalendar;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This portal as a node of the federation: its signing key (created under the data folder on the
 * first start, never logged), the signed directory it trusts (loaded from
 * {@code simpul.federation.directory}, a file path or URL, verified with
 * {@code simpul.federation.authority-key} and refreshed on the container's managed scheduler), and
 * the verifier and client built on them.
 *
 * <p>Federation is off when no directory is configured: the node then refuses every federation
 * message as "directory unavailable" and everything else works as before. A directory that is
 * tampered with, expired or older than the one trusted is refused with a bilingual message in the
 * log; the last good one stays in use until it expires.
 */
@ApplicationScoped
public class FederationNode {

    private static final Logger LOG = Logger.getLogger(FederationNode.class.getName());
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;
    @Inject
    NodeSettings node;
    @Inject
    WorkingCalendar calendar;
    @Inject
    @ConfigProperty(name = "simpul.federation.directory")
    Optional<String> directoryLocation;
    @Inject
    @ConfigProperty(name = "simpul.federation.authority-key")
    Optional<String> authorityKey;
    @Inject
    @ConfigProperty(name = "simpul.federation.refresh-seconds", defaultValue = "300")
    int refreshSeconds;
    @Inject
    @ConfigProperty(name = "simpul.federation.max-skew-seconds", defaultValue = "120")
    int maxSkewSeconds;
    @Inject
    @ConfigProperty(name = "simpul.federation.timeout-ms", defaultValue = "5000")
    int timeoutMillis;

    private volatile NodeIdentity identity;
    private volatile TrustedDirectory directory;
    private volatile String directoryProblem;
    private volatile Instant lastRefresh;
    private volatile MessageVerifier verifier;
    private volatile FederationClient client;
    private ScheduledFuture<?> refresher;

    /** Loads or creates the key and the directory; called once at startup by {@link FederationStartup}. */
    synchronized void start() {
        if (identity != null) {
            return;
        }
        identity = NodeIdentity.loadOrCreate(node.regency(), DataFolder.path());
        Clock clock = Clock.systemUTC();
        MessageSigner signer = MessageSigner.of(identity);
        if (directoryLocation.filter(s -> !s.isBlank()).isPresent()) {
            try {
                ECKey authority = authorityKey();
                directory = TrustedDirectory.of(source(directoryLocation.get().strip()),
                        DirectoryVerifier.of(authority, clock, Duration.ofSeconds(maxSkewSeconds)));
            } catch (RuntimeException e) {
                directoryProblem = message(e);
                LOG.severe(() -> "Federation is OFF / federasi NONAKTIF: " + directoryProblem);
            }
        } else {
            directoryProblem = "Federasi tidak dikonfigurasi (simpul.federation.directory kosong) / "
                    + "federation not configured (simpul.federation.directory is empty)";
        }
        verifier = MessageVerifier.builder().self(signer).directory(this::directory)
                .store(JdbcSeenMessageStore.of(dataSource)).clock(clock).maxSkew(Duration.ofSeconds(maxSkewSeconds))
                .zone(calendar.serviceHours().zone()).build();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(timeoutMillis)).build();
        client = FederationClient.of(signer, this::directory, http, Duration.ofMillis(timeoutMillis));
        if (directory != null) {
            refresh();
            refresher = scheduler.scheduleWithFixedDelay(this::refresh, refreshSeconds, refreshSeconds, TimeUnit.SECONDS);
        }
        LOG.info(banner());
    }

    @PreDestroy
    synchronized void stop() {
        if (refresher != null) {
            refresher.cancel(false);
        }
    }

    /** Fetches and verifies the directory again; a refusal is logged and the last good directory kept. */
    public void refresh() {
        TrustedDirectory d = directory;
        if (d == null) {
            return;
        }
        try {
            Directory fresh = d.refresh();
            lastRefresh = Instant.now();
            if (directoryProblem != null) {
                LOG.info(() -> "Federation directory trusted again / direktori federasi dipercaya lagi: sequence "
                        + fresh.sequence() + ", valid until " + fresh.expiresAt());
            }
            directoryProblem = null;
        } catch (RuntimeException e) {
            directoryProblem = message(e);
            LOG.severe(() -> "Federation directory refused / direktori federasi ditolak: " + directoryProblem);
        }
    }

    /** Whether a directory source is configured at all. */
    public boolean configured() {
        return directory != null;
    }

    /**
     * The directory trusted now.
     *
     * @throws DirectoryRejectedException when none is loaded or it expired
     */
    public Directory directory() {
        TrustedDirectory d = directory;
        if (d == null) {
            throw new DirectoryRejectedException(id.simpul.federation.DirectoryProblem.NOT_LOADED, null);
        }
        return d.current();
    }

    /** The directory trusted now, or empty when federation cannot work now; never throws. */
    public Optional<Directory> directoryIfUsable() {
        try {
            return Optional.of(directory());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The problem of the last refresh (bilingual) while an earlier directory may still be in use, or empty. */
    public Optional<String> lastRefreshProblem() {
        return Optional.ofNullable(directoryProblem);
    }

    /** Why federation does not work now (bilingual), or empty when it does. */
    public Optional<String> problem() {
        if (directory == null) {
            return Optional.ofNullable(directoryProblem);
        }
        try {
            directory();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(message(e));
        }
    }

    public Optional<Instant> lastRefresh() {
        return Optional.ofNullable(lastRefresh);
    }

    public NodeIdentity identity() {
        return identity;
    }

    public MessageVerifier verifier() {
        return verifier;
    }

    public FederationClient client() {
        return client;
    }

    private DirectorySource source(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(timeoutMillis)).build();
            return DirectorySource.url(URI.create(location), http, Duration.ofMillis(timeoutMillis));
        }
        return DirectorySource.file(Path.of(location));
    }

    private ECKey authorityKey() {
        String text = authorityKey.map(String::strip).filter(s -> !s.isEmpty()).orElseThrow(() ->
                new IllegalArgumentException("simpul.federation.authority-key kosong: isi dengan JWK publik otoritas "
                        + "direktori atau path berkasnya / is empty: set it to the directory authority's public JWK "
                        + "or the path of its file"));
        try {
            if (!text.startsWith("{")) {
                text = Files.readString(Path.of(text), StandardCharsets.UTF_8).strip();
            }
            ECKey key = ECKey.parse(text);
            if (key.isPrivate()) {
                throw new IllegalArgumentException("simpul.federation.authority-key berisi kunci PRIVAT otoritas; "
                        + "node hanya boleh memegang kunci publik / holds the authority's PRIVATE key; a node must "
                        + "only hold the public key");
            }
            return key;
        } catch (ParseException | java.io.IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage().contains("PRIVAT")) {
                throw iae;
            }
            throw new IllegalArgumentException("simpul.federation.authority-key bukan JWK EC P-256 yang terbaca ("
                    + e.getClass().getSimpleName() + ") / is not a readable EC P-256 JWK", e);
        }
    }

    /** A message in Bahasa Indonesia and English, for the log and the admin view. */
    public static String message(RuntimeException e) {
        if (e instanceof SimpulException s) {
            return bilingual(s.localizedMessage());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public static String bilingual(LocalizedMessage m) {
        String id = m.format(INDONESIAN);
        String en = m.format(Locale.ENGLISH);
        return id.equals(en) ? id : id + " / " + en;
    }

    private String banner() {
        StringBuilder b = new StringBuilder()
                .append("\n------------------------------------------------------------------")
                .append("\n Federation node ").append(identity.code()).append(", key id ").append(identity.keyId())
                .append("\n public key (JWK): ").append(identity.publicJwk().toJSONString());
        if (directory == null) {
            b.append("\n federation: OFF — ").append(directoryProblem);
        } else {
            b.append("\n directory: ").append(directoryLocation.orElse("")).append(", refreshed every ")
                    .append(refreshSeconds).append(" s");
            problem().ifPresentOrElse(p -> b.append("\n federation REFUSED / DITOLAK: ").append(p),
                    () -> b.append("\n federation: ON, directory sequence ").append(directory().sequence())
                            .append(", valid until ").append(directory().expiresAt()));
        }
        return b.append("\n------------------------------------------------------------------").toString();
    }
}
