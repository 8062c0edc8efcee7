package id.simpul.portal.it;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/**
 * What two OpenAPI documents must agree on: every path, its methods, each operation's parameters
 * (name and location) and its response codes.
 */
final class OpenApiShape {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiShape() {
    }

    static Map<String, Object> load(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("specs/openapi/portal-api.v1.yaml is not on the test class path");
        }
        return new Yaml().load(in);
    }

    /** {@code "GET /api/v1/x" -> "params [path:code] responses [200, 404]"}, sorted. */
    @SuppressWarnings("unchecked")
    static Map<String, String> of(Map<String, Object> document) {
        Map<String, String> shape = new TreeMap<>();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, op) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) op;
            Set<String> params = new TreeSet<>();
            for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                Map<String, Object> param = (Map<String, Object>) p;
                params.add(param.get("in") + ":" + param.get("name"));
            }
            Set<String> responses = new TreeSet<>();
            ((Map<Object, Object>) operation.getOrDefault("responses", Map.of())).keySet()
                    .forEach(code -> responses.add(code.toString()));
            shape.put(method.toUpperCase(java.util.Locale.ROOT) + " " + path, "params " + params + " responses " + responses);
        }));
        return shape;
    }
}
