package id.simpul.adapters.simulator;

import java.util.Objects;

/** An answer of a simulated system, before the knobs add their misbehaviour. */
public record SimResponse(int status, String contentType, String body) {

    public SimResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    public static SimResponse json(int status, String body) {
        return new SimResponse(status, "application/json", body);
    }

    public static SimResponse xml(int status, String body) {
        return new SimResponse(status, "text/xml; charset=utf-8", body);
    }

    public static SimResponse text(int status, String body) {
        return new SimResponse(status, "text/plain; charset=utf-8", body);
    }
}
