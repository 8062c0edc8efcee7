package id.simpul.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.calendar.SlaClock;
import id.simpul.sdk.request.RequestStatus;
import id.simpul.sdk.request.ServiceRequest;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceRequestJsonTest {

    private static final SimpulJson JSON = SimpulJson.create(Requests.CALENDAR);

    @AfterAll
    static void close() {
        JSON.close();
    }

    static Stream<ServiceRequest> requests() {
        return Requests.all().stream();
    }

    @ParameterizedTest
    @MethodSource("requests")
    void request_matchesTheSchema(ServiceRequest request) {
        String json = JSON.toJson(request);

        assertThat(SchemaCheck.problems("service-request.schema.json", json)).as(json).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("requests")
    void request_roundTripsWithItsHistoryAndClock(ServiceRequest request) {
        ServiceRequest again = JSON.fromJson(JSON.toJson(request), ServiceRequest.class);

        assertThat(again).isEqualTo(request);
        assertThat(again.history()).isEqualTo(request.history());
        assertThat(again.slaClock().snapshot()).isEqualTo(request.slaClock().snapshot());
        assertThat(JSON.toJson(again)).as("same text for equal requests").isEqualTo(JSON.toJson(request));
    }

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void request_inEveryStatus_writesTheStatusItsHistoryLeadsTo(RequestStatus status) {
        String json = JSON.toJson(Requests.in(status));

        assertThat(json).contains("\"status\":\"" + status + "\"");
    }

    @Test
    void restoredRequest_carriesOnThroughTheStatusMachine() {
        ServiceRequest restored = JSON.fromJson(JSON.toJson(Requests.in(RequestStatus.RETURNED)), ServiceRequest.class);

        ServiceRequest done = restored.resubmit(Requests.CITIZEN, Requests.wib("2026-04-15T10:30"))
                .verify(Requests.OFFICER, Requests.wib("2026-04-15T11:00"));

        assertThat(done).isEqualTo(Requests.resubmittedAfterPause().verify(Requests.OFFICER,
                Requests.wib("2026-04-15T11:00")));
    }

    @Test
    void returnedRequest_writesItsPausedClock() {
        String json = JSON.toJson(Requests.in(RequestStatus.RETURNED));

        assertThat(json).contains("\"state\":\"PAUSED\"").contains("\"frozenAt\":\"2026-04-13T04:00:00Z\"")
                .contains("\"reason\":\"KK buram\"");
    }

    @Test
    void resubmittedRequest_writesTheWorkingTimeThePauseTook() {
        ServiceRequest r = Requests.resubmittedAfterPause();

        assertThat(r.slaClock().pausedTime()).isPositive();
        assertThat(JSON.toJson(r)).contains("\"pausedTime\":\"" + r.slaClock().pausedTime() + "\"");
    }

    @Test
    void resetClock_keepsItsStoredDeadline() {
        ServiceRequest r = Requests.withClockReset();

        ServiceRequest again = JSON.fromJson(JSON.toJson(r), ServiceRequest.class);

        assertThat(again.slaClock().state()).isEqualTo(SlaClock.State.RUNNING);
        assertThat(again.slaClock().deadline()).isEqualTo(r.slaClock().deadline());
        assertThat(again.slaClock().startedAt()).contains(Requests.wib("2026-04-16T09:15:30"));
    }

    @Test
    void request_carriesTheApplicantReference_neverAnotherIdentifier() {
        String json = JSON.toJson(Requests.draft());

        assertThat(json).contains("\"applicant\":\"warga-000042\"");
    }

    @Test
    void request_keepsMultiValueFieldsAndDocumentReferences() {
        ServiceRequest r = Requests.draft().withApplication(
                Requests.draft().form().with("fungsi", java.util.List.of("HUNIAN", "USAHA")),
                Requests.draft().documents());

        String json = JSON.toJson(r);

        assertThat(json).contains("\"fungsi\":[\"HUNIAN\",\"USAHA\"]")
                .contains("\"reference\":\"SKTLK/123/IV/2026/SPKT\"");
        assertThat(JSON.fromJson(json, ServiceRequest.class)).isEqualTo(r);
    }

    @Test
    void request_roundTripsThroughAPlainJsonbWithTheCalendarConfig() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create(SimpulJson.config(Requests.CALENDAR))) {
            for (ServiceRequest r : Requests.all()) {
                String json = jsonb.toJson(r);
                assertThat(json).isEqualTo(JSON.toJson(r));
                assertThat(jsonb.fromJson(json, ServiceRequest.class)).isEqualTo(r);
            }
        }
    }

    @Test
    void readingARequest_withoutACalendar_isRefusedWithAHint() {
        String json = JSON.toJson(Requests.draft());

        try (SimpulJson noCalendar = SimpulJson.create()) {
            assertThat(noCalendar.toJson(Requests.draft())).isEqualTo(json);
            assertThatThrownBy(() -> noCalendar.fromJson(json, ServiceRequest.class))
                    .isInstanceOf(JsonSetupException.class)
                    .hasMessageContaining("SimpulJson.create(calendar)");
        }
    }

    @Test
    void withACatalogue_everyFixtureRequestStillReadsBackEqual() {
        try (SimpulJson checked = SimpulJson.builder().calendar(Requests.CALENDAR).catalogue(SeedCatalogue.catalogue())
                .build()) {
            for (ServiceRequest r : Requests.all()) {
                assertThat(checked.fromJson(JSON.toJson(r), ServiceRequest.class)).isEqualTo(r);
            }
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "\"service\":\"ADM-KTP-HILANG\"|\"service\":\"ADM-KTP-BARU\"|/service|json.request.service-unknown",
        "\"standardVersion\":1|\"standardVersion\":2|/standardVersion|json.request.version-unknown",
        "\"amount\":4|\"amount\":5|/sla/level|json.request.sla-level"})
    void withACatalogue_aRequestForAnotherServiceVersionOrTimeLimit_isRefused(String from, String to, String pointer,
                                                                                String key) {
        String json = JSON.toJson(Requests.in(RequestStatus.SUBMITTED));
        assertThat(json).contains(from);
        String changed = json.replace(from, to);

        try (SimpulJson checked = SimpulJson.builder().calendar(Requests.CALENDAR).catalogue(SeedCatalogue.catalogue())
                .build()) {
            InvalidJsonDocumentException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> checked.fromJson(changed, ServiceRequest.class), InvalidJsonDocumentException.class);
            assertThat(e.pointer()).isEqualTo(pointer);
            assertThat(e.localizedMessage().key()).isEqualTo(key);
        }
        assertThat(JSON.fromJson(changed, ServiceRequest.class)).as("without a catalogue the caller checks").isNotNull();
    }

    @Test
    void builderConfig_givesAPlainJsonbTheCatalogueCheck() throws Exception {
        String json = JSON.toJson(Requests.in(RequestStatus.SUBMITTED)).replace("\"standardVersion\":1",
                "\"standardVersion\":3");
        try (Jsonb jsonb = JsonbBuilder.create(SimpulJson.builder().calendar(Requests.CALENDAR)
                .catalogue(SeedCatalogue.catalogue()).jsonbConfig())) {
            assertThatThrownBy(() -> jsonb.fromJson(json, ServiceRequest.class))
                    .hasRootCauseInstanceOf(InvalidJsonDocumentException.class);
        }
    }
}
