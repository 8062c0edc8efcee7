package id.simpul.federation.message;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.federation.World;
import id.simpul.federation.internal.JsonFields;
import java.time.Duration;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class EnvelopePropertiesTest {

    private static final World WORLD = new World();

    @Property(tries = 100)
    void envelope_jsonRoundTrip_isLossless(
            @ForAll @Size(max = 6) Map<@AlphaChars @StringLength(min = 1, max = 8) String, @StringLength(max = 20) String> fields) {
        Envelope e = WORLD.forward(World.KUBU_RAYA, World.KAPUAS_HULU, World.KTP, fields);

        Envelope back = Envelope.fromJson(JsonFields.parseObject(JsonFields.write(e.toJson()), "envelope"));

        assertThat(back).isEqualTo(e);
        assertThat(back.contentDigest()).isEqualTo(e.contentDigest());
    }

    @Property(tries = 100)
    void contentDigest_ignoresSendTimeOnly(@ForAll @IntRange(min = 1, max = 100000) int seconds,
            @ForAll @StringLength(min = 1, max = 20) String value) {
        Envelope e = WORLD.forward(World.KUBU_RAYA, World.KAPUAS_HULU, World.KTP, Map.of("alasan", value));

        assertThat(e.withSentAt(e.sentAt().plus(Duration.ofSeconds(seconds))).contentDigest()).isEqualTo(e.contentDigest());
        Envelope changed = Envelope.builder().messageId(e.messageId()).type(e.type()).sender(e.sender())
                .receiver(e.receiver()).sentAt(e.sentAt()).caseRef(e.caseRef())
                .payload(Map.of("fields", Map.of("alasan", value + "!"))).build();
        assertThat(changed.contentDigest()).isNotEqualTo(e.contentDigest());
    }
}
