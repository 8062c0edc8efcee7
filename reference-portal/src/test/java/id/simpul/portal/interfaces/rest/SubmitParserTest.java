package id.simpul.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.portal.application.FieldError;
import id.simpul.portal.application.SubmitCommand;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmitParserTest {

    private static SubmitCommand parse(String json) {
        return SubmitParser.parse(JsonInput.parseObject(json, 100_000));
    }

    @Test
    void parse_wellFormedBody_keepsEveryValue() {
        SubmitCommand c = parse("{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.12.01\","
                + "\"filingPoint\":{\"agency\":\"61.12-mpp\",\"channel\":\"mpp\"},\"applicantNik\":\"1\","
                + "\"form\":{\"a\":\"x\",\"n\":12.50,\"m\":[\"p\",\"q\"]},"
                + "\"documents\":[{\"code\":\"kk\",\"issuedOn\":\"2026-01-02\",\"reference\":\"R1\"}]}");
        assertThat(c.parseErrors()).isEmpty();
        assertThat(c.service()).isEqualTo("ADM-KTP-HILANG");
        assertThat(c.filingAgency()).isEqualTo("61.12-mpp");
        assertThat(c.channel()).isEqualTo("mpp");
        assertThat(c.form()).containsEntry("a", List.of("x")).containsEntry("n", List.of("12.50"))
                .containsEntry("m", List.of("p", "q"));
        assertThat(c.documents()).containsExactly(new SubmitCommand.Document("kk", "2026-01-02", "R1"));
    }

    @Test
    void parse_wrongTypesAndUnknownFields_areAllReportedWithTheirFieldNames() {
        SubmitCommand c = parse("{\"service\":1,\"extra\":true,\"form\":{\"a\":{},\"b\":[true]},"
                + "\"documents\":[3,{\"code\":4}],\"filingPoint\":[]}");
        assertThat(c.parseErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("extra", "service", "filingPoint", "form.a", "form.b", "documents[0]",
                        "documents[1].code");
    }

    @Test
    void parse_tooManyDocuments_isOneError() {
        String docs = "{\"code\":\"kk\"},".repeat(51);
        SubmitCommand c = parse("{\"documents\":[" + docs.substring(0, docs.length() - 1) + "]}");
        assertThat(c.parseErrors()).extracting(FieldError::code).containsExactly("input.too-many");
    }
}
