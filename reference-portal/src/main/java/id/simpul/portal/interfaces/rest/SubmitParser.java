package id.simpul.portal.interfaces.rest;

import id.simpul.portal.application.FieldError;
import id.simpul.portal.application.SubmitCommand;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the JSON of {@code POST /requests} into a {@link SubmitCommand}, noting every wrongly typed field. */
final class SubmitParser {

    private static final Set<String> TOP = Set.of("service", "subjectRegion", "filingPoint", "applicantNik", "form",
            "documents");
    private static final int MAX_DOCUMENTS = 50;

    private SubmitParser() {
    }

    static SubmitCommand parse(JsonObject o) {
        List<FieldError> errors = new ArrayList<>();
        for (String k : o.keySet()) {
            if (!TOP.contains(k)) {
                errors.add(JsonInput.error(k.length() > 64 ? k.substring(0, 64) : k, "input.unknown-field"));
            }
        }
        String service = JsonInput.string(o, "service", "service", errors);
        String region = JsonInput.string(o, "subjectRegion", "subjectRegion", errors);
        String nik = JsonInput.string(o, "applicantNik", "applicantNik", errors);
        String agency = null;
        String channel = null;
        JsonObject filing = object(o, "filingPoint", errors);
        if (filing != null) {
            agency = JsonInput.string(filing, "agency", "filingPoint.agency", errors);
            channel = JsonInput.string(filing, "channel", "filingPoint.channel", errors);
        }
        Map<String, List<String>> form = new LinkedHashMap<>();
        JsonObject formJson = object(o, "form", errors);
        if (formJson != null) {
            formJson.forEach((k, v) -> formValue("form." + k, v, errors).ifPresent(values -> form.put(k, values)));
        }
        List<SubmitCommand.Document> documents = new ArrayList<>();
        JsonValue docs = o.get("documents");
        if (docs != null && docs.getValueType() != JsonValue.ValueType.NULL) {
            if (docs.getValueType() != JsonValue.ValueType.ARRAY) {
                errors.add(JsonInput.error("documents", "input.wrong-type", "array"));
            } else if (docs.asJsonArray().size() > MAX_DOCUMENTS) {
                errors.add(JsonInput.error("documents", "input.too-many", MAX_DOCUMENTS));
            } else {
                for (int i = 0; i < docs.asJsonArray().size(); i++) {
                    JsonValue d = docs.asJsonArray().get(i);
                    String field = "documents[" + i + "]";
                    if (d.getValueType() != JsonValue.ValueType.OBJECT) {
                        errors.add(JsonInput.error(field, "input.wrong-type", "object"));
                        continue;
                    }
                    JsonObject doc = d.asJsonObject();
                    documents.add(new SubmitCommand.Document(JsonInput.string(doc, "code", field + ".code", errors),
                            JsonInput.string(doc, "issuedOn", field + ".issuedOn", errors),
                            JsonInput.string(doc, "reference", field + ".reference", errors)));
                }
            }
        }
        return new SubmitCommand(service, region, agency, channel, nik, form, documents, errors);
    }

    private static JsonObject object(JsonObject o, String key, List<FieldError> errors) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(JsonInput.error(key, "input.wrong-type", "object"));
            return null;
        }
        return v.asJsonObject();
    }

    private static java.util.Optional<List<String>> formValue(String field, JsonValue v, List<FieldError> errors) {
        switch (v.getValueType()) {
            case STRING -> {
                return java.util.Optional.of(List.of(((JsonString) v).getString()));
            }
            case NUMBER -> {
                return java.util.Optional.of(List.of(((JsonNumber) v).bigDecimalValue().toPlainString()));
            }
            case NULL -> {
                return java.util.Optional.empty();
            }
            case ARRAY -> {
                List<String> values = new ArrayList<>();
                for (JsonValue item : v.asJsonArray()) {
                    if (item.getValueType() == JsonValue.ValueType.STRING) {
                        values.add(((JsonString) item).getString());
                    } else if (item.getValueType() == JsonValue.ValueType.NUMBER) {
                        values.add(((JsonNumber) item).bigDecimalValue().toPlainString());
                    } else {
                        errors.add(JsonInput.error(field, "input.wrong-type", "string"));
                        return java.util.Optional.empty();
                    }
                }
                return java.util.Optional.of(values);
            }
            default -> {
                errors.add(JsonInput.error(field, "input.wrong-type", "string"));
                return java.util.Optional.empty();
            }
        }
    }
}
