package id.simpul.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.request.RequestStatus;
import id.simpul.sdk.request.ServiceRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-made bad documents: each is a valid document with one change (a JSON Patch). The reader
 * must refuse it naming the place, and where a schema can say so, the schema must refuse it too,
 * so neither is vacuous.
 */
class InvalidDocumentTest {

    private static final SimpulJson JSON = SimpulJson.create(Requests.CALENDAR);
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String NIK = "6112010101900001";

    @AfterAll
    static void close() {
        JSON.close();
    }

    /** What a bad document is: its type, the change, where the reader complains, and with which message. */
    record Case(String name, Class<?> type, String document, String pointer, String key, boolean schemaCanTell) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String standard(ServiceStandard s, UnaryOperator<JsonPatchBuilder> change) {
        return patch(JSON.toJson(s), change);
    }

    private static String request(ServiceRequest r, UnaryOperator<JsonPatchBuilder> change) {
        return patch(JSON.toJson(r), change);
    }

    private static String patch(String json, UnaryOperator<JsonPatchBuilder> change) {
        JsonObject doc = Json.createReader(new StringReader(json)).readObject();
        return change.apply(Json.createPatchBuilder()).build().apply(doc).toString();
    }

    private static Case standardCase(String name, ServiceStandard s, UnaryOperator<JsonPatchBuilder> change,
                                     String pointer, String key, boolean schemaCanTell) {
        return new Case(name, ServiceStandard.class, standard(s, change), pointer, key, schemaCanTell);
    }

    private static Case requestCase(String name, ServiceRequest r, UnaryOperator<JsonPatchBuilder> change,
                                    String pointer, String key, boolean schemaCanTell) {
        return new Case(name, ServiceRequest.class, request(r, change), pointer, key, schemaCanTell);
    }

    static Stream<Case> badStandards() {
        ServiceStandard ktp = SeedCatalogue.ktpReprint();
        ServiceStandard skck = SeedCatalogue.policeClearance();
        return Stream.of(
                standardCase("missing complaints component", ktp, p -> p.remove("/components/complaints"),
                        "/components/complaints", "json.field.missing", true),
                standardCase("missing service code", ktp, p -> p.remove("/serviceType/code"),
                        "/serviceType/code", "json.field.missing", true),
                standardCase("version as a string", ktp, p -> p.replace("/version", "1"),
                        "/version", "json.field.type", true),
                standardCase("version with a fraction", ktp, p -> p.replace("/version", Json.createValue(1.5)),
                        "/version", "json.field.type", true),
                standardCase("version zero", ktp, p -> p.replace("/version", 0),
                        "/version", "json.field.range", true),
                standardCase("unknown time unit", ktp, p -> p.replace("/components/timeLimit/unit", "WORKING_WEEKS"),
                        "/components/timeLimit/unit", "json.field.enum", true),
                standardCase("unknown category", ktp, p -> p.replace("/serviceType/category", "adm"),
                        "/serviceType/category", "json.field.enum", true),
                standardCase("unknown attribute type", ktp,
                        p -> p.replace("/components/requirements/formAttributes/0/type", "PASSWORD"),
                        "/components/requirements/formAttributes/0/type", "json.field.enum", true),
                standardCase("30 February", ktp, p -> p.replace("/effectiveFrom", "2025-02-30"),
                        "/effectiveFrom", "json.field.date", true),
                standardCase("date in another format", ktp, p -> p.replace("/effectiveFrom", "01-01-2025"),
                        "/effectiveFrom", "json.field.date", true),
                standardCase("negative fee", skck, p -> p.replace("/components/fee/amount", "-30000"),
                        "/components/fee/amount", "json.fee.amount", true),
                standardCase("fee as a number", skck, p -> p.replace("/components/fee/amount", 30000),
                        "/components/fee/amount", "json.field.type", true),
                standardCase("fee with thousands dots", skck, p -> p.replace("/components/fee/amount", "30.000"),
                        "/components/fee/amount", "json.fee.amount", true),
                standardCase("zero fixed fee", skck, p -> p.replace("/components/fee/amount", "0"),
                        "/components/fee/amount", "json.value.refused", true),
                standardCase("free fee with an amount", ktp, p -> p.add("/components/fee/amount", "5000"),
                        "/components/fee", "json.fee.free", true),
                standardCase("fixed fee without amount", skck, p -> p.remove("/components/fee/amount"),
                        "/components/fee/amount", "json.field.missing", true),
                standardCase("unknown component", ktp, p -> p.add("/components/rating", "A"),
                        "/components/rating", "json.field.unknown", true),
                standardCase("list attribute without values", ktp,
                        p -> p.remove("/components/requirements/formAttributes/1/allowedValues"),
                        "/components/requirements/formAttributes/1", "json.value.refused", true),
                standardCase("length limit on a date", ktp,
                        p -> p.add("/components/requirements/formAttributes/2/maxLength", 10),
                        "/components/requirements/formAttributes/2", "json.value.refused", true),
                standardCase("zero validity", ktp,
                        p -> p.replace("/components/requirements/documents/0/validity", "P0D"),
                        "/components/requirements/documents/0/validity", "json.field.period", true),
                standardCase("validity as a duration", ktp,
                        p -> p.replace("/components/requirements/documents/0/validity", "PT14H"),
                        "/components/requirements/documents/0/validity", "json.field.period", true),
                standardCase("instant service with an amount", ktp, p -> p.replace("/components/timeLimit",
                                Json.createObjectBuilder().add("unit", "INSTANT").add("amount", 2).build()),
                        "/components/timeLimit", "json.value.refused", true),
                standardCase("blank procedure step", ktp,
                        p -> p.replace("/components/procedure/0/id", " "),
                        "/components/procedure/0", "json.value.refused", true),
                standardCase("wrong published list", ktp, p -> p.remove("/publishedToCitizens/0"),
                        "/publishedToCitizens", "json.derived.value", true),
                standardCase("withdrawn before it took effect", ktp, p -> p.add("/effectiveUntil", "2024-12-31"),
                        "", "json.value.refused", false),
                standardCase("a field code used twice", ktp,
                        p -> p.replace("/components/requirements/documents/1/code", "nik"),
                        "", "json.value.refused", false),
                standardCase("wrong missing list", ktp,
                        p -> p.add("/missingComponents", Json.createArrayBuilder().add("facilities").build()),
                        "/missingComponents", "json.derived.value", false));
    }

    static Stream<Case> badRequests() {
        ServiceRequest returned = Requests.in(RequestStatus.RETURNED);
        return Stream.of(
                requestCase("missing clock", returned, p -> p.remove("/sla"), "/sla", "json.field.missing", true),
                requestCase("version as a string", returned, p -> p.replace("/standardVersion", "1"),
                        "/standardVersion", "json.field.type", true),
                requestCase("unknown status", returned, p -> p.replace("/status", "DONE"),
                        "/status", "json.field.enum", true),
                requestCase("unknown action", returned, p -> p.replace("/history/1/action", "RETURN"),
                        "/history/1/action", "json.field.enum", true),
                requestCase("unknown channel", returned, p -> p.replace("/filingPoint/channel", "fax"),
                        "/filingPoint/channel", "json.field.enum", true),
                requestCase("13th month", returned, p -> p.replace("/history/0/at", "2026-13-01T03:00:00Z"),
                        "/history/0/at", "json.field.instant", true),
                requestCase("time without zone", returned, p -> p.replace("/createdAt", "2026-04-13T09:00:00"),
                        "/createdAt", "json.field.instant", true),
                requestCase("NIK as applicant", returned, p -> p.replace("/applicant", NIK),
                        "/applicant", "json.value.refused", true),
                requestCase("history step from the wrong status", returned, p -> p.replace("/history/1/from", "DRAFT"),
                        "/history/1", "json.value.refused", true),
                requestCase("return without reason", returned, p -> p.remove("/history/1/reason"),
                        "/history/1/reason", "json.field.missing", true),
                requestCase("return with a blank reason", returned, p -> p.replace("/history/1/reason", "  "),
                        "/history/1/reason", "json.reason.required", true),
                requestCase("reason longer than 2000 characters", returned,
                        p -> p.replace("/history/1/reason", "x".repeat(2001)),
                        "/history/1/reason", "json.field.too-long", true),
                requestCase("paused clock written as running", returned, p -> p.replace("/sla/state", "RUNNING"),
                        "/sla", "json.value.refused", true),
                requestCase("started clock without deadline", returned, p -> p.remove("/sla/deadline"),
                        "/sla", "json.value.refused", true),
                requestCase("negative paused time", returned, p -> p.replace("/sla/pausedTime", "-PT1H"),
                        "/sla/pausedTime", "json.field.duration", true),
                requestCase("registration number without hyphens", returned,
                        p -> p.replace("/registrationNumber", "61122604130000016"),
                        "/registrationNumber", "json.registration-number", true),
                requestCase("agency id as a name", returned, p -> p.replace("/competentAgency", "Disdukcapil"),
                        "/competentAgency", "json.agency-id", true),
                requestCase("region code of a kota that does not exist", returned,
                        p -> p.replace("/subjectRegion", "61.70"), "/subjectRegion", "json.value.refused", true),
                requestCase("form value as a number", returned, p -> p.replace("/form/nik", Json.createValue(12)),
                        "/form/nik", "json.field.type", true),
                requestCase("unknown field", returned, p -> p.add("/nik", NIK), "/nik", "json.field.unknown", true),
                requestCase("status that the history does not reach", returned,
                        p -> p.replace("/status", "COMPLETED"), "/status", "json.request.status", false),
                requestCase("mistyped check digit", returned,
                        p -> p.replace("/registrationNumber", "6112-260413-000001-7"),
                        "/registrationNumber", "json.value.refused", false),
                requestCase("history that goes back in time", returned,
                        p -> p.replace("/history/1/at", "2026-04-13T02:30:00Z"), "", "json.value.refused", false));
    }

    static Stream<Case> allCases() {
        return Stream.concat(badStandards(), badRequests());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void badDocument_isRefusedByTheReader_namingThePlace(Case c) {
        InvalidJsonDocumentException e = catchThrowableOfType(() -> JSON.fromJson(c.document(), c.type()),
                InvalidJsonDocumentException.class);

        assertThat(e).as("refused").isNotNull();
        assertThat(e.pointer()).isEqualTo(c.pointer());
        assertThat(e.localizedMessage().key()).isEqualTo(c.key());
        assertThat(e.code()).isEqualTo("json.invalid");
        assertThat(e.retryable()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void badDocument_messageNamesThePlaceInBothLanguages_withoutPersonalData(Case c) {
        InvalidJsonDocumentException e = catchThrowableOfType(() -> JSON.fromJson(c.document(), c.type()),
                InvalidJsonDocumentException.class);

        String id = e.getMessage(INDONESIAN);
        String en = e.getMessage(ENGLISH);
        assertThat(id).startsWith("#" + c.pointer() + ":").isNotEqualTo(en).doesNotContain(NIK).doesNotContain(c.key());
        assertThat(en).startsWith("#" + c.pointer() + ":").doesNotContain(NIK).doesNotContain(c.key());
        assertThat(e.getMessage()).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void badDocument_theSchemaRefusesItToo_whereASchemaCanTell(Case c) {
        String schema = c.type() == ServiceStandard.class ? "service-standard.schema.json"
                : "service-request.schema.json";

        if (c.schemaCanTell()) {
            assertThat(SchemaCheck.problems(schema, c.document())).isNotEmpty();
        } else {
            assertThat(SchemaCheck.problems(schema, c.document())).as("only the reader can tell").isEmpty();
        }
    }

    @Test
    void notJson_isRefusedWithLineAndColumn() {
        InvalidJsonDocumentException e = catchThrowableOfType(
                () -> JSON.fromJson("{\n  \"id\": \"req-1\",\n  \"service\" \"ADM-KK\"\n}", ServiceRequest.class),
                InvalidJsonDocumentException.class);

        assertThat(e.pointer()).isEmpty();
        assertThat(e.getMessage(ENGLISH)).startsWith("#: the document is not valid JSON (line 3, column");
        assertThat(e.getMessage(INDONESIAN)).startsWith("#: dokumen bukan JSON yang sah (baris 3, kolom");
    }

    @Test
    void emptyText_isRefused() {
        InvalidJsonDocumentException e = catchThrowableOfType(() -> JSON.fromJson("", ServiceStandard.class),
                InvalidJsonDocumentException.class);

        assertThat(e.localizedMessage().key()).startsWith("json.malformed");
    }

    @Test
    void textAfterTheDocument_isRefused() {
        String json = JSON.toJson(SeedCatalogue.ktpReprint()) + " {}";

        assertThat(catchThrowableOfType(() -> JSON.fromJson(json, ServiceStandard.class),
                InvalidJsonDocumentException.class)).isNotNull();
    }

    @Test
    void anArrayInsteadOfAnObject_isRefusedAtTheRoot() {
        InvalidJsonDocumentException e = catchThrowableOfType(() -> JSON.fromJson("[]", ServiceStandard.class),
                InvalidJsonDocumentException.class);

        assertThat(e.pointer()).isEmpty();
        assertThat(e.getMessage(ENGLISH)).isEqualTo("#: the value must be of JSON type object, not array.");
    }

    @Test
    void refusedApplicant_keepsTheModelsReason_andMasksTheNumber() {
        String json = request(Requests.draft(), p -> p.replace("/applicant", NIK));

        InvalidJsonDocumentException e = catchThrowableOfType(() -> JSON.fromJson(json, ServiceRequest.class),
                InvalidJsonDocumentException.class);

        assertThat(e.refusal()).isPresent();
        assertThat(e.getMessage(ENGLISH)).startsWith("#/applicant: value refused. The applicant reference looks like a NIK");
        assertThat(e.getMessage(INDONESIAN)).startsWith("#/applicant: nilai ditolak.");
    }

    @Test
    void pointer_escapesSlashAndTilde_inFieldNames() {
        String json = request(Requests.draft(), p -> p.add("/form/a~1b~0c", Json.createValue(1)));

        InvalidJsonDocumentException e = catchThrowableOfType(() -> JSON.fromJson(json, ServiceRequest.class),
                InvalidJsonDocumentException.class);

        assertThat(e.pointer()).isEqualTo("/form/a~1b~0c");
    }

    @Test
    void nullForARequiredField_isReportedAsMissing() {
        String json = standard(SeedCatalogue.ktpReprint(), p -> p.replace("/effectiveFrom", JsonValue.NULL));

        InvalidJsonDocumentException e = catchThrowableOfType(() -> JSON.fromJson(json, ServiceStandard.class),
                InvalidJsonDocumentException.class);

        assertThat(e.pointer()).isEqualTo("/effectiveFrom");
        assertThat(e.getMessage(ENGLISH)).contains("required field 'effectiveFrom' is missing or null");
    }

    @Test
    void unsupportedType_isASetupError() {
        assertThat(catchThrowableOfType(() -> JSON.fromJson("{}", String.class), JsonSetupException.class)
                .getMessage(ENGLISH)).contains("java.lang.String").contains("ServiceRequest");
    }

    @Test
    void plainJsonbWithTheConfig_carriesTheSameRefusalAsItsCause() throws Exception {
        String json = request(Requests.in(RequestStatus.RETURNED), p -> p.replace("/history/1/action", "RETURN"));

        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create(SimpulJson.config(Requests.CALENDAR))) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> jsonb.fromJson(json, ServiceRequest.class));

            assertThat(thrown).isInstanceOf(jakarta.json.bind.JsonbException.class);
            assertThat(thrown).rootCause().isInstanceOf(InvalidJsonDocumentException.class);
            assertThat(((InvalidJsonDocumentException) org.assertj.core.util.Throwables.getRootCause(thrown)).pointer())
                    .isEqualTo("/history/1/action");
        }
    }

    @Test
    void wholeNumberWrittenWithAZeroFraction_isAccepted_asJsonSchemaDoes() {
        String json = standard(SeedCatalogue.ktpReprint(), p -> p.replace("/version",
                Json.createValue(new java.math.BigDecimal("1.0"))));

        assertThat(SchemaCheck.problems("service-standard.schema.json", json)).isEmpty();
        assertThat(JSON.fromJson(json, ServiceStandard.class)).isEqualTo(SeedCatalogue.ktpReprint());
    }
}
