package id.simpul.federation.http;

import com.sun.net.httpserver.HttpServer;
import id.simpul.federation.World;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.message.InMemorySeenMessageStore;
import id.simpul.federation.message.MessageVerifier;
import id.simpul.sdk.region.RegionCode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

/** A node's federation API on a JDK HTTP server on loopback, as the portal would serve it. */
final class LoopbackNode implements AutoCloseable {

    final InMemorySeenMessageStore store = new InMemorySeenMessageStore();
    private final FederationEndpoint endpoint;
    private HttpServer server;

    LoopbackNode(World world, RegionCode code, Supplier<Directory> directory, FederationEndpoint.Handler handler) {
        MessageVerifier verifier = MessageVerifier.builder().self(world.signer(code)).directory(directory).store(store)
                .clock(world.clock).build();
        this.endpoint = FederationEndpoint.of(verifier, handler);
    }

    /** Starts on the given port (0: any free port) and answers its base URL. */
    URI start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/" + FederationPaths.PREFIX, exchange -> {
            String path = exchange.getRequestURI().getPath().substring(FederationPaths.PREFIX.length() + 1);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
            String lang = exchange.getRequestHeaders().getFirst("Accept-Language");
            FederationEndpoint.Answer answer;
            try {
                answer = endpoint.handle(path, body, lang == null ? null : Locale.forLanguageTag(lang));
            } catch (RuntimeException e) {
                answer = new FederationEndpoint.Answer(500, "text/plain", "failed");
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
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
