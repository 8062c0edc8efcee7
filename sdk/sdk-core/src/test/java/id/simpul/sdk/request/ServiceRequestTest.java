package id.simpul.sdk.request;

import static id.simpul.sdk.request.RequestFixtures.CITIZEN;
import static id.simpul.sdk.request.RequestFixtures.KTP;
import static id.simpul.sdk.request.RequestFixtures.OFFICER;
import static id.simpul.sdk.request.RequestFixtures.draft;
import static id.simpul.sdk.request.RequestFixtures.in;
import static id.simpul.sdk.request.RequestFixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.calendar.SlaClock;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.InvalidFormException;
import id.simpul.sdk.catalogue.SubmittedDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ServiceRequestTest {

    @Test
    void draft_hasNoHistory_andAClockThatHasNotStarted() {
        ServiceRequest d = draft();
        assertThat(d.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(d.history()).isEmpty();
        assertThat(d.slaClock().state()).isEqualTo(SlaClock.State.NOT_STARTED);
        assertThat(d.slaClock().level()).isEqualTo(KTP.serviceLevel());
        assertThat(d.service()).isEqualTo(KTP.code());
        assertThat(d.standardVersion()).isEqualTo(1);
    }

    @Test
    void submit_startsTheSlaClock_fourWorkingDaysForAKtpReprint() {
        ServiceRequest r = draft().submit(CITIZEN, wib("2026-04-13T10:00"));
        assertThat(r.slaClock().state()).isEqualTo(SlaClock.State.RUNNING);
        assertThat(r.slaClock().deadline()).contains(wib("2026-04-17T16:00"));
    }

    @Test
    void returnForCompletion_pausesTheClock_andResubmit_resumesIt() {
        ServiceRequest returned = in(RequestStatus.SUBMITTED)
                .returnForCompletion(OFFICER, wib("2026-04-13T11:00"), "Fotokopi KK tidak terbaca");
        assertThat(returned.slaClock().state()).isEqualTo(SlaClock.State.PAUSED);
        ServiceRequest resubmitted = returned.resubmit(CITIZEN, wib("2026-04-14T11:00"));
        assertThat(resubmitted.slaClock().state()).isEqualTo(SlaClock.State.RUNNING);
        assertThat(resubmitted.slaClock().deadline()).contains(wib("2026-04-20T16:00"));
        assertThat(resubmitted.history().get(1).reason()).contains("Fotokopi KK tidak terbaca");
    }

    @Test
    void complete_rejectAndCancel_stopTheClock() {
        assertThat(in(RequestStatus.COMPLETED).slaClock().state()).isEqualTo(SlaClock.State.STOPPED);
        assertThat(in(RequestStatus.REJECTED).slaClock().state()).isEqualTo(SlaClock.State.STOPPED);
        assertThat(in(RequestStatus.SUBMITTED).cancel(CITIZEN, wib("2026-04-13T12:00"), "x").slaClock().state())
                .isEqualTo(SlaClock.State.STOPPED);
        assertThat(in(RequestStatus.CANCELLED).slaClock().state()).isEqualTo(SlaClock.State.NOT_STARTED);
    }

    @Test
    void returnRejectAndCancel_withoutAReason_areRefused() {
        ServiceRequest submitted = in(RequestStatus.SUBMITTED);
        assertThatThrownBy(() -> submitted.returnForCompletion(OFFICER, wib("2026-04-13T11:00"), " "))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("RETURN_FOR_COMPLETION");
        assertThatThrownBy(() -> submitted.reject(OFFICER, wib("2026-04-13T11:00"), null))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> submitted.cancel(CITIZEN, wib("2026-04-13T11:00"), ""))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void cancel_byAnOfficer_isNotPermitted_andVerify_byTheApplicant_isNotPermitted() {
        assertThatThrownBy(() -> in(RequestStatus.SUBMITTED).cancel(OFFICER, wib("2026-04-13T11:00"), "x"))
                .isInstanceOfSatisfying(ActionNotPermittedException.class, e -> {
                    assertThat(e.getMessage()).contains("CANCEL", "OFFICER", "APPLICANT");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("may not be taken");
                });
        assertThatThrownBy(() -> in(RequestStatus.SUBMITTED).verify(CITIZEN, wib("2026-04-13T11:00")))
                .isInstanceOf(ActionNotPermittedException.class);
    }

    @Test
    void anActionDatedBeforeTheLastEvent_isRefused() {
        assertThatThrownBy(() -> in(RequestStatus.SUBMITTED).verify(OFFICER, wib("2026-04-13T09:30")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("VERIFY");
    }

    @Test
    void submitWithStandard_invalidApplication_isRefusedWithEveryProblem_andStaysADraft() {
        ServiceRequest incomplete = draft().withApplication(FormData.empty(), List.of());
        assertThatThrownBy(() -> incomplete.submit(CITIZEN, wib("2026-04-13T10:00"), KTP))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).contains("nik", "alasan", "sktlk", "kk"));
        assertThat(incomplete.status()).isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    void submitWithStandard_expiredPoliceLetter_isRefused() {
        ServiceRequest stale = draft().withApplication(draft().form(),
                List.of(SubmittedDocument.of("sktlk", LocalDate.of(2026, 3, 1)), SubmittedDocument.of("kk")));
        assertThatThrownBy(() -> stale.submit(CITIZEN, wib("2026-04-13T10:00"), KTP))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("sktlk");
    }

    @Test
    void submitWithStandard_validApplication_isFiled() {
        assertThat(draft().submit(CITIZEN, wib("2026-04-13T10:00"), KTP).status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    void withApplication_afterVerification_isRefused() {
        assertThatThrownBy(() -> in(RequestStatus.VERIFIED).withApplication(FormData.empty(), List.of()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("VERIFIED");
        assertThat(in(RequestStatus.RETURNED).withApplication(FormData.empty(), List.of()).form().isEmpty()).isTrue();
    }

    @Test
    void withSlaClock_resetForOss_restartsTheCountButKeepsTheStatus() {
        ServiceRequest r = in(RequestStatus.IN_PROCESS);
        ServiceRequest reset = r.withSlaClock(r.slaClock().reset(wib("2026-04-15T08:00")));
        assertThat(reset.status()).isEqualTo(RequestStatus.IN_PROCESS);
        assertThat(reset.slaClock().deadline()).contains(wib("2026-04-21T16:00"));
        assertThatThrownBy(() -> r.withSlaClock(r.slaClock().stop(wib("2026-04-15T08:00"))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("STOPPED");
    }

    @Test
    void restore_fromStoredHistory_givesAnEqualRequest() {
        ServiceRequest r = in(RequestStatus.IN_PROCESS);
        ServiceRequest restored = draft().toBuilder().history(r.history()).slaClock(r.slaClock()).build();
        assertThat(restored).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(restored.status()).isEqualTo(RequestStatus.IN_PROCESS);
    }

    @Test
    void restore_historyThatSkipsAStep_isRefused() {
        ServiceRequest r = in(RequestStatus.IN_PROCESS);
        assertThatThrownBy(() -> draft().toBuilder().history(r.history().subList(1, 3)).slaClock(r.slaClock()).build())
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void restore_clockThatDoesNotFitTheStatus_isRefused() {
        ServiceRequest r = in(RequestStatus.IN_PROCESS);
        assertThatThrownBy(() -> draft().toBuilder().history(r.history()).build())
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("NOT_STARTED");
    }

    @Test
    void toString_showsNeitherApplicantNorFormValues() {
        ServiceRequest r = in(RequestStatus.SUBMITTED);
        assertThat(r.toString()).contains("ADM-KTP-HILANG", "SUBMITTED", r.registrationNumber().value())
                .doesNotContain("warga-000042", "6112010101900001", "HILANG\"");
        assertThat(r.form().toString()).doesNotContain("6112010101900001");
        assertThat(r.history().toString()).doesNotContain("petugas-paten-01");
    }

    @Test
    void differentRequests_areNotEqual() {
        assertThat(in(RequestStatus.SUBMITTED)).isNotEqualTo(in(RequestStatus.VERIFIED)).isNotEqualTo(draft());
        assertThat(draft()).isEqualTo(draft()).hasSameHashCodeAs(draft());
    }

    @Test
    void aRetriedAction_isRecordedOnce_butTheSameActionLater_isRefused() {
        ServiceRequest submitted = in(RequestStatus.SUBMITTED);
        ServiceRequest returned = submitted.returnForCompletion(OFFICER, wib("2026-04-13T11:00"), "KK buram");
        assertThat(returned.returnForCompletion(OFFICER, wib("2026-04-13T11:00"), "KK buram ")).isSameAs(returned);
        assertThat(draft().submit(CITIZEN, wib("2026-04-13T10:00")).submit(CITIZEN, wib("2026-04-13T10:00")).history())
                .hasSize(1);
        assertThatThrownBy(() -> returned.returnForCompletion(OFFICER, wib("2026-04-13T12:00"), "KK buram"))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
