package id.simpul.sdk.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kabupaten Kubu Raya|kabupaten kubu raya", "  KUBU  RAYA  |kubu raya", "Kubu-Raya|kubu raya",
            "Rayá Çöntoh|raya contoh", "Ra\"as|ra as", "Regapu\u2019u|regapu u", "Lubuk Pakam I,II|lubuk pakam i ii",
            "19 Nopember|19 nopember", "'--'|''"})
    void normalize_foldsCaseAccentsAndPunctuation(String text, String folded) {
        assertThat(SearchText.normalize(text)).isEqualTo(folded);
    }

    @Property
    void asciiFastPath_agreesWithTheUnicodePath(@ForAll @StringLength(max = 30)
                                                @CharRange(from = ' ', to = '~') @Chars({'\t'}) String text) {
        StringBuilder fast = new StringBuilder("x");
        StringBuilder unicode = new StringBuilder("x");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);

        SearchText.appendUtf8(utf8, 0, utf8.length, fast);
        SearchText.appendUnicode(text, unicode);

        assertThat(fast).hasToString(unicode.toString());
    }
}
