package id.simpul.adapters.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as a simulated system sees it.
 *
 * @param method  HTTP method
 * @param path    request path, without the query
 * @param query   raw query string, or empty
 * @param headers request headers, names in lower case
 * @param body    the body as UTF-8 text
 */
public record SimRequest(String method, String path, String query, Map<String, List<String>> headers, String body) {

    public SimRequest {
        headers = Map.copyOf(headers);
    }

    /** Method and path only: bodies and headers carry personal data and credentials. */
    @Override
    public String toString() {
        return "SimRequest[" + method + " " + path + "]";
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
