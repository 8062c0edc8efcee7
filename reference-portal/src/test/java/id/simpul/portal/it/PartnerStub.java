package id.simpul.portal.it;

import com.sun.net.httpserver.HttpServer;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.directory.DirectoryVerifier;
import id.simpul.federation.http.FederationEndpoint;
import id.simpul.federation.http.FederationPaths;
import id.simpul.federation.message.Envelope;
import id.simpul.federation.message.InMemorySeenMessageStore;
import id.simpul.federation.message.MessageVerifier;
import id.simpul.federation.message.Verification;
import id.simpul.sdk.region.RegionCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner node the tests play, on a JDK HTTP server at the port the directory names for it: it
 * verifies what a portal sends it with the federation library (against the same signed directory)
 * and records what it accepted. {@link #stop()} takes it off the network; {@link #start()} brings it back.
 */
final class PartnerStub implements AutoCloseable {

    final RegionCode code;
    private final int port;
    private final FederationEndpoint endpoint;
    final List<Envelope> accepted = new CopyOnWriteArrayList<>();
    final AtomicInteger duplicates = new AtomicInteger();
    private HttpServer server;

    PartnerStub(FederationWorld world, RegionCode code) {
        this.code = code;
        this.port = world.ports.get(code);
        Directory directory = DirectoryVerifier.of(world.authority.toPublicJWK(), Clock.systemUTC(), Duration.ofMinutes(2))
                    .verify(world.kapuasView());
        MessageVerifier verifier = MessageVerifier.builder().self(world.signer(code)).directory(() -> directory)
                .store(new InMemorySeenMessageStore()).clock(Clock.systemUTC()).maxSkew(Duration.ofMinutes(2))
                .zone(java.time.ZoneId.of("Asia/Jakarta")).build();
        this.endpoint = FederationEndpoint.of(verifier, new FederationEndpoint.Handler() {
            @Override
            public void accept(Verification message) {
                accepted.add(message.envelope());
            }

            @Override
            public Optional<Envelope> status(Verification query) {
                return Optional.empty();
            }
        });
    }

    synchronized PartnerStub start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/" + FederationPaths.PREFIX, exchange -> {
            String path = exchange.getRequestURI().getPath().substring(FederationPaths.PREFIX.length() + 1);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
            int before = accepted.size();
            FederationEndpoint.Answer answer = endpoint.handle(path, body, Locale.ENGLISH);
            if (answer.status() == 200 && accepted.size() == before) {
                duplicates.incrementAndGet();
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return this;
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
