package id.simpul.federation.directory;

import id.simpul.federation.DirectoryUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a node reads the signed directory from: a file, or a URL fetched with the JDK's
 * {@link HttpClient}. A source only fetches text; {@link DirectoryVerifier} decides whether to trust it.
 */
@FunctionalInterface
public interface DirectorySource {

    /** At most this many characters are read: a directory of all 514 regencies is far smaller. */
    int MAX_CHARS = 8 * 1024 * 1024;

    /**
     * The compact JWS text.
     *
     * @throws DirectoryUnavailableException when it cannot be read now (retryable)
     */
    String fetch();

    static DirectorySource file(Path file) {
        Objects.requireNonNull(file, "file");
        return () -> {
            try {
                if (Files.size(file) > MAX_CHARS) {
                    throw new DirectoryUnavailableException(file.toString(), "size > " + MAX_CHARS, null);
                }
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new DirectoryUnavailableException(file.toString(), e.getClass().getSimpleName(), e);
            }
        };
    }

    static DirectorySource url(URI uri, HttpClient client, Duration timeout) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(timeout, "timeout");
        return () -> {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Accept", "application/jose").GET().build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200) {
                    throw new DirectoryUnavailableException(uri.toString(), "HTTP " + response.statusCode(), null);
                }
                if (response.body().length() > MAX_CHARS) {
                    throw new DirectoryUnavailableException(uri.toString(), "size > " + MAX_CHARS, null);
                }
                return response.body();
            } catch (IOException e) {
                throw new DirectoryUnavailableException(uri.toString(), e.getClass().getSimpleName(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DirectoryUnavailableException(uri.toString(), "interrupted", e);
            }
        };
    }
}
