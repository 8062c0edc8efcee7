package id.simpul.sdk.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionDatasetConverterTest {

    @TempDir
    Path folder;

    private void write(String provinces, String regencies, String districts, String villages) throws IOException {
        Files.writeString(folder.resolve("provinces.csv"), "code,name\n" + provinces);
        Files.writeString(folder.resolve("regencies.csv"), "code,province_code,name\n" + regencies);
        Files.writeString(folder.resolve("districts.csv"), "code,regency_code,name\n" + districts);
        Files.writeString(folder.resolve("villages.csv"), "code,district_code,name\n" + villages);
    }

    private void writeValid() throws IOException {
        write("61,Kalimantan Barat\r\n35,Jawa Timur\r\n",
                "61.12,61,Kabupaten Kubu Raya\n35.29,35,Kabupaten Sumenep\n",
                "61.12.01,61.12,Sungai Raya\n35.29.22,35.29,\"Ra\"\"as\"\n",
                "61.12.01.2001,61.12.01,\"Lambang Sari I, II, III\"\n"
                        + "35.29.22.2015,35.29.22,\"Banra\"\"as\"\n"
                        + "61.12.01.1001,61.12.01,Kapur\n");
    }

    @Test
    void convert_quotedCsvNames_surviveTheRoundTripIntoTheRegistry() throws IOException {
        writeValid();

        String text = RegionDatasetConverter.convert(folder, "test source");
        CompactRegionRegistry registry = RegionDatasetReader.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "converted");

        assertThat(registry.find("35.29.22")).map(Region::name).contains("Ra\"as");
        assertThat(registry.find("61.12.01.2001")).map(Region::name).contains("Lambang Sari I, II, III");
        assertThat(registry.find("35.29.22.2015")).map(Region::name).contains("Banra\"as");
        assertThat(registry.count(RegionLevel.VILLAGE)).isEqualTo(3);
    }

    @Test
    void convert_writesParentsFirstWithVillagesRelativeToTheirKecamatan() throws IOException {
        writeValid();

        List<String> lines = RegionDatasetConverter.convert(folder, "test source").lines()
                .filter(l -> !l.startsWith("#")).toList();

        assertThat(lines).containsExactly("35 Jawa Timur", "35.29 Kabupaten Sumenep", "35.29.22 Ra\"as",
                "2015 Banra\"as", "61 Kalimantan Barat", "61.12 Kabupaten Kubu Raya", "61.12.01 Sungai Raya",
                "1001 Kapur", "2001 Lambang Sari I, II, III");
        assertThat(RegionDatasetConverter.convert(folder, "test source")).contains("# counts: 2 2 2 3\n",
                "test source");
    }

    @Test
    void convert_aVillageWhoseKecamatanIsMissing_isRefused() throws IOException {
        write("61,Kalimantan Barat\n", "61.12,61,Kabupaten Kubu Raya\n", "61.12.01,61.12,Sungai Raya\n",
                "61.12.02.2001,61.12.02,Hilang\n");

        assertThatThrownBy(() -> RegionDatasetConverter.convert(folder, "x"))
                .hasMessageContaining("villages.csv row 2").hasMessageContaining("parent 61.12.02");
    }

    @Test
    void convert_aParentColumnThatDisagreesWithTheCode_isRefused() throws IOException {
        write("61,Kalimantan Barat\n", "61.12,62,Kabupaten Kubu Raya\n", "", "");

        assertThatThrownBy(() -> RegionDatasetConverter.convert(folder, "x"))
                .hasMessageContaining("regencies.csv row 2").hasMessageContaining("disagrees");
    }

    @Test
    void convert_aNameWithALineBreak_isRefused() throws IOException {
        write("61,\"Kalimantan\nBarat\"\n", "", "", "");

        assertThatThrownBy(() -> RegionDatasetConverter.convert(folder, "x")).hasMessageContaining("line break");
    }

    @Test
    void csv_unclosedQuote_isRefused() {
        assertThatThrownBy(() -> RegionDatasetConverter.Csv.parse("a,\"b\n", "f.csv")).hasMessageContaining("never closed");
    }

    @Test
    void csv_textAfterAClosingQuote_isRefused() {
        assertThatThrownBy(() -> RegionDatasetConverter.Csv.parse("a,\"b\"c\n", "f.csv"))
                .hasMessageContaining("after a closing quote");
    }

    @Test
    void csv_quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        assertThat(RegionDatasetConverter.Csv.parse("1,\"a, \"\"b\"\"\nc\",d\r\n2,,\n", "f.csv"))
                .containsExactly(List.of("1", "a, \"b\"\nc", "d"), List.of("2", "", ""));
    }
}
