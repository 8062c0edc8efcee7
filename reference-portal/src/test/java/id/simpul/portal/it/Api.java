package id.simpul.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** A small HTTP client for one running portal; JSON is read with SnakeYAML (JSON is YAML). */
public final class Api {

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();

    public Api(URI base) {
        this.base = base;
    }

    /** A response: status, headers and body, with the body read as JSON on demand. */
    public record Reply(int status, HttpResponse<String> raw) {
        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> json() {
            return (Map<String, Object>) new Yaml().load(raw.body());
        }

        @SuppressWarnings("unchecked")
        public List<Object> jsonList() {
            return (List<Object>) new Yaml().load(raw.body());
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    public String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            Reply r = send("POST", "/api/v1/demo/tokens", null, "{\"username\":\"" + u + "\"}", Map.of());
            if (r.status() != 200) {
                throw new IllegalStateException("No demo token for " + u + ": " + r);
            }
            return (String) r.json().get("access_token");
        });
    }

    public Reply get(String path, String user) {
        return send("GET", path, user, null, Map.of());
    }

    public Reply post(String path, String user, String body, Map<String, String> headers) {
        return send("POST", path, user, body, headers);
    }

    public Reply submit(String user, String key, String body) {
        return post("/api/v1/requests", user, body, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    public Reply transition(String id, String user, String action, String reason) {
        String body = reason == null ? "{\"action\":\"" + action + "\"}"
                : "{\"action\":\"" + action + "\",\"reason\":\"" + reason + "\"}";
        return post("/api/v1/requests/" + id + "/transitions", user, body, Map.of());
    }

    /** Sends with a raw Authorization header value (for forged or expired tokens). */
    public Reply withAuthorization(String method, String path, String authorization, String body) {
        return send(method, path, null, body, authorization == null ? Map.of() : Map.of("Authorization", authorization));
    }

    public Reply send(String method, String path, String user, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
