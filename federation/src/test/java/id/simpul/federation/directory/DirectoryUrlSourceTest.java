package id.simpul.federation.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import id.simpul.federation.DirectoryUnavailableException;
import id.simpul.federation.World;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A node refreshing its directory from the authority's URL over real HTTP on loopback. */
class DirectoryUrlSourceTest {

    private final World world = new World();
    private final AtomicReference<String> published = new AtomicReference<>();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private HttpServer server;
    private DirectorySource source;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/directory.jws", exchange -> {
            byte[] body = published.get().getBytes(StandardCharsets.US_ASCII);
            exchange.getResponseHeaders().add("Content-Type", "application/jose");
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        source = DirectorySource.url(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/directory.jws"),
                HttpClient.newHttpClient(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void refresh_fromUrl_trustsTheNewerDirectory() {
        TrustedDirectory trusted = TrustedDirectory.of(source, verifier());
        published.set(DirectorySigner.of(world.authority).sign(world.directoryBuilder().sequence(1).build()));
        trusted.refresh();
        published.set(DirectorySigner.of(world.authority).sign(world.directoryBuilder().sequence(2).build()));

        assertThat(trusted.refresh().sequence()).isEqualTo(2);
    }

    @Test
    void refresh_serverAnswersError_isRetryableAndKeepsTheTrustedOne() {
        TrustedDirectory trusted = TrustedDirectory.of(source, verifier());
        published.set(DirectorySigner.of(world.authority).sign(world.directory()));
        trusted.refresh();
        status.set(503);

        assertThatThrownBy(trusted::refresh).isInstanceOfSatisfying(DirectoryUnavailableException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).contains("HTTP 503");
        });
        assertThat(trusted.current().sequence()).isEqualTo(10);
    }

    @Test
    void refresh_serverGone_isRetryableUnavailable() {
        server.stop(0);

        assertThatThrownBy(source::fetch).isInstanceOf(DirectoryUnavailableException.class);
    }

    private DirectoryVerifier verifier() {
        return DirectoryVerifier.of(world.authority.toPublicJWK(), world.clock, Duration.ofMinutes(2));
    }
}
