package id.simpul.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedMessageTest {

    private static final String BUNDLE = "id.simpul.sdk.request.messages";

    @Test
    void format_picksEnglishForEnglish_andIndonesianForAnyOtherLanguage() {
        LocalizedMessage m = LocalizedMessage.of(BUNDLE, "request.reason.too-long", "2000");

        assertThat(m.format(Locale.ENGLISH)).isEqualTo("The reason is too long; at most 2000 characters.");
        assertThat(m.format(Locale.FRENCH)).isEqualTo(m.format(LocalizedMessage.INDONESIAN)).isNotEqualTo(
                m.format(Locale.ENGLISH));
        assertThat(m.format(null)).isEqualTo(m.format(LocalizedMessage.INDONESIAN));
    }

    @Test
    void nullArgument_rendersAsEmpty_soBuildingAnErrorNeverFails() {
        LocalizedMessage m = LocalizedMessage.of(BUNDLE, "request.reason.too-long", (Object) null);

        assertThat(m.args()).containsExactly("");
        assertThat(m.format(Locale.ENGLISH)).isEqualTo("The reason is too long; at most  characters.");
    }

    @Test
    void unknownKey_rendersAsTheKeyWithItsArguments() {
        assertThat(LocalizedMessage.of(BUNDLE, "no.such.key", "a", 1).format(Locale.ENGLISH))
                .isEqualTo("no.such.key [a, 1]");
    }

    @Test
    void args_cannotBeChangedAfterwards() {
        Object[] args = {"2000"};
        LocalizedMessage m = LocalizedMessage.of(BUNDLE, "request.reason.too-long", args);
        args[0] = "9";

        assertThat(m.format(Locale.ENGLISH)).contains("at most 2000 characters");
    }
}
