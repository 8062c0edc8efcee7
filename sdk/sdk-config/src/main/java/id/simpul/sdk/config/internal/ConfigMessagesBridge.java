package id.simpul.sdk.config.internal;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulException;
import id.simpul.sdk.config.ConfigMessages;

/** Reuses the SDK's own translated message of a rule broken while building a value. */
final class ConfigMessagesBridge {

    private ConfigMessagesBridge() {
    }

    static LocalizedMessage of(SimpulException e) {
        return e.localizedMessage() != null ? e.localizedMessage() : ConfigMessages.of("sdk.rule", e.getMessage());
    }

    static LocalizedMessage fix() {
        return ConfigMessages.of("sdk.rule.fix");
    }
}
