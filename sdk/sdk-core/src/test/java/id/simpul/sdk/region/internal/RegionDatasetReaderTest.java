package id.simpul.sdk.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionDatasetReaderTest {

    private static final String GOOD = """
            # a comment
            # counts: 1 1 1 2
            61 Kalimantan Barat
            61.12 Kabupaten Kubu Raya
            61.12.01 Sungai Raya
            1001 Kelurahan "Contoh", Satu
            2001 Sungai Raya
            """;

    private static CompactRegionRegistry read(String text) {
        return RegionDatasetReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.txt");
    }

    @Test
    void read_villageLinesBelongToTheKecamatanAbove() {
        CompactRegionRegistry registry = read(GOOD);

        assertThat(registry.find("61.12.01.1001")).map(Region::name).contains("Kelurahan \"Contoh\", Satu");
        assertThat(registry.count(RegionLevel.VILLAGE)).isEqualTo(2);
    }

    @Test
    void read_windowsLineEndingsAndNoFinalNewline_areAccepted() {
        CompactRegionRegistry registry = read(GOOD.strip().replace("\n", "\r\n"));

        assertThat(registry.find("61.12.01.2001")).map(Region::name).contains("Sungai Raya");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "61 Kalimantan Barat\\n2001 Desa|2|before any kecamatan",
            "61 Kalimantan Barat\\n61.12.01 Sungai Raya|2|has no parent 61.12",
            "61 Kalimantan Barat\\n61 Kalbar|2|appears twice",
            "62 Kalimantan Tengah\\n61 Kalimantan Barat|2|out of code order",
            "61 Kalimantan Barat\\n61.70 Kota Nol|2|regency 70",
            "61 Kalimantan Barat\\n61.00 Kota Nol|2|out of range",
            "10 Provinsi Nol|1|out of range",
            "61 Kalimantan Barat\\n61.12 Kubu Raya\\n61.12.01 Sungai Raya\\n4001 Desa|4|out of range",
            "61 Kalimantan Barat\\n61.12 Kubu Raya\\n61.12.01 Sungai Raya\\n2000 Desa|4|ends in 000",
            "6a Kalimantan|1|only digits",
            "61 Kalimantan Barat\\n61-12 Kubu Raya|2|separated by dots",
            "61|1|<code> <name>",
            "61  Kalimantan|1|<code> <name>",
            "611 Kalimantan|1|2, 5, 8 or 4",
            "# counts: 2 0 0 0\\n61 Kalimantan Barat|2|header counts 2",
            "# counts: 1 0\\n61 Kalimantan Barat|1|four numbers",
            "# only comments|1|no regions"})
    void read_damagedFile_isRefusedWithItsLine(String text, int line, String detail) {
        assertThatThrownBy(() -> read(text.replace("\\n", "\n")))
                .isInstanceOfSatisfying(RegionDatasetException.class, e -> {
                    assertThat(e.code()).isEqualTo("region.dataset.invalid");
                    assertThat(e.localizedMessage().key()).isEqualTo("region.dataset.corrupt");
                    assertThat(e.localizedMessage().args()).containsExactly("test.txt", String.valueOf(line),
                            e.localizedMessage().args().get(2));
                    assertThat((String) e.localizedMessage().args().get(2)).contains(detail);
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("test.txt", "line " + line);
                });
    }

    @Test
    void read_failingStream_isReportedAsUnreadable() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };

        assertThatThrownBy(() -> RegionDatasetReader.read(broken, "x.txt"))
                .isInstanceOfSatisfying(RegionDatasetException.class,
                        e -> assertThat(e.localizedMessage().key()).isEqualTo("region.dataset.unreadable"));
    }

    @Test
    void load_missingResource_saysWhereItLooked() {
        assertThatThrownBy(() -> OfficialRegions.load("/no/such/wilayah.txt"))
                .isInstanceOfSatisfying(RegionDatasetException.class, e -> {
                    assertThat(e.localizedMessage().key()).isEqualTo("region.dataset.missing");
                    assertThat(e.getMessage()).contains("/no/such/wilayah.txt");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void load_officialResource_givesAFreshButEqualCopy() {
        CompactRegionRegistry copy = OfficialRegions.load(OfficialRegions.RESOURCE);

        assertThat(copy).isNotSameAs(OfficialRegions.registry());
        assertThat(copy.find("61.12.01.2001")).isEqualTo(OfficialRegions.registry().find("61.12.01.2001"));
    }
}
