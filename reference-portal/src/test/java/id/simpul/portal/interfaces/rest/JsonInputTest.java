package id.simpul.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.portal.application.FieldError;
import id.simpul.portal.domain.PortalProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonInputTest {

    @Test
    void canonical_sameMeaningDifferentSpacingAndKeyOrder_isTheSameText() {
        String a = JsonInput.canonical(JsonInput.parseObject("{\"b\": [1, {\"y\":2,\"x\":1}], \"a\":\"t\"}", 1000));
        String b = JsonInput.canonical(JsonInput.parseObject("{\"a\":\"t\",\"b\":[1,{\"x\":1,\"y\":2}]}", 1000));
        assertThat(a).isEqualTo(b).isEqualTo("{\"a\":\"t\",\"b\":[1,{\"x\":1,\"y\":2}]}");
    }

    @Test
    void canonical_differentValues_areDifferentTexts() {
        assertThat(JsonInput.canonical(JsonInput.parseObject("{\"a\":\"1\"}", 100)))
                .isNotEqualTo(JsonInput.canonical(JsonInput.parseObject("{\"a\":1}", 100)));
    }

    @Test
    void parseObject_brokenJson_isMalformedJson() {
        assertThatThrownBy(() -> JsonInput.parseObject("{\"a\":", 100)).isInstanceOfSatisfying(PortalProblem.class,
                p -> assertThat(p.kind()).isEqualTo(PortalProblem.Kind.MALFORMED_JSON));
    }

    @Test
    void parseObject_arrayOrScalar_isRefusedAsNotAnObject() {
        for (String body : List.of("[]", "42", "null", "\"x\"")) {
            assertThatThrownBy(() -> JsonInput.parseObject(body, 100)).isInstanceOfSatisfying(PortalProblem.class,
                    p -> assertThat(p.kind()).isEqualTo(PortalProblem.Kind.MALFORMED_JSON));
        }
    }

    @Test
    void parseObject_overTheLimit_isPayloadTooLarge() {
        assertThatThrownBy(() -> JsonInput.parseObject("{\"a\":\"" + "x".repeat(100) + "\"}", 50))
                .isInstanceOfSatisfying(PortalProblem.class,
                        p -> assertThat(p.kind()).isEqualTo(PortalProblem.Kind.PAYLOAD_TOO_LARGE));
    }

    @Test
    void string_wrongType_isAFieldErrorNamingTheField() {
        List<FieldError> errors = new ArrayList<>();
        String v = JsonInput.string(JsonInput.parseObject("{\"service\":42}", 100), "service", "service", errors);
        assertThat(v).isNull();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("service");
            assertThat(e.code()).isEqualTo("input.wrong-type");
        });
    }
}
