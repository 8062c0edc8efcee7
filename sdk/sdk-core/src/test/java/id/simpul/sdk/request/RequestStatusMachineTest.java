package id.simpul.sdk.request;

import static id.simpul.sdk.request.RequestAction.CANCEL;
import static id.simpul.sdk.request.RequestAction.COMPLETE;
import static id.simpul.sdk.request.RequestAction.REJECT;
import static id.simpul.sdk.request.RequestAction.RESUBMIT;
import static id.simpul.sdk.request.RequestAction.RETURN_FOR_COMPLETION;
import static id.simpul.sdk.request.RequestAction.START_PROCESSING;
import static id.simpul.sdk.request.RequestAction.SUBMIT;
import static id.simpul.sdk.request.RequestAction.VERIFY;
import static id.simpul.sdk.request.RequestFixtures.CITIZEN;
import static id.simpul.sdk.request.RequestFixtures.OFFICER;
import static id.simpul.sdk.request.RequestFixtures.OSS;
import static id.simpul.sdk.request.RequestFixtures.in;
import static id.simpul.sdk.request.RequestFixtures.wib;
import static id.simpul.sdk.request.RequestStatus.CANCELLED;
import static id.simpul.sdk.request.RequestStatus.COMPLETED;
import static id.simpul.sdk.request.RequestStatus.DRAFT;
import static id.simpul.sdk.request.RequestStatus.IN_PROCESS;
import static id.simpul.sdk.request.RequestStatus.REJECTED;
import static id.simpul.sdk.request.RequestStatus.RETURNED;
import static id.simpul.sdk.request.RequestStatus.SUBMITTED;
import static id.simpul.sdk.request.RequestStatus.VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (status, action) pair is either in the table below and succeeds, or is refused and changes nothing. */
class RequestStatusMachineTest {

    /** The canonical lifecycle, written out independently of {@link RequestAction}. */
    private static final Map<RequestStatus, Map<RequestAction, RequestStatus>> ALLOWED = Map.of(
            DRAFT, Map.of(SUBMIT, SUBMITTED, CANCEL, CANCELLED),
            SUBMITTED, Map.of(VERIFY, VERIFIED, RETURN_FOR_COMPLETION, RETURNED, REJECT, REJECTED, CANCEL, CANCELLED),
            RETURNED, Map.of(RESUBMIT, SUBMITTED, CANCEL, CANCELLED),
            VERIFIED, Map.of(START_PROCESSING, IN_PROCESS, REJECT, REJECTED),
            IN_PROCESS, Map.of(COMPLETE, COMPLETED, REJECT, REJECTED),
            COMPLETED, Map.of(),
            REJECTED, Map.of(),
            CANCELLED, Map.of());

    private static final Instant LATER = wib("2026-04-14T09:00");

    static Stream<Arguments> everyStatusAndAction() {
        return Stream.of(RequestStatus.values())
                .flatMap(s -> Stream.of(RequestAction.values()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStatusAndAction")
    void everyPair_isAllowedExactlyAsTheLifecycleSays_andNothingHalfApplies(RequestStatus status, RequestAction action) {
        ServiceRequest before = in(status);
        ServiceRequest snapshot = before.toBuilder().build();
        RequestStatus expected = ALLOWED.get(status).get(action);

        if (expected != null) {
            ServiceRequest after = before.apply(action, RequestFixtures.actorFor(action), LATER, "alasan");
            assertThat(after.status()).isEqualTo(expected);
            assertThat(after.history()).hasSize(before.history().size() + 1);
            HistoryEntry last = after.history().get(after.history().size() - 1);
            assertThat(last.from()).isEqualTo(status);
            assertThat(last.to()).isEqualTo(expected);
            assertThat(last.action()).isEqualTo(action);
            assertThat(last.at()).isEqualTo(LATER);
            assertThat(status.allowedActions()).contains(action);
        } else {
            assertThatThrownBy(() -> before.apply(action, RequestFixtures.actorFor(action), LATER, "alasan"))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.status()).isEqualTo(status);
                        assertThat(e.action()).isEqualTo(action);
                        assertThat(e.allowedActions()).containsExactlyInAnyOrderElementsOf(ALLOWED.get(status).keySet());
                        assertThat(e.code()).isEqualTo("request.transition.illegal");
                    });
        }
        assertThat(before).isEqualTo(snapshot);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void allowedActions_matchTheLifecycle(RequestStatus status) {
        assertThat(status.allowedActions()).containsExactlyInAnyOrderElementsOf(ALLOWED.get(status).keySet());
        assertThat(status.isFinal()).isEqualTo(ALLOWED.get(status).isEmpty());
    }

    static Stream<RequestStatus> statuses() {
        return Stream.of(RequestStatus.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void mappings_toOpen311AndGovStack(RequestStatus status) {
        Map<RequestStatus, String> govStack = Map.of(DRAFT, "PENDING", SUBMITTED, "PENDING", RETURNED, "SENDBACK",
                VERIFIED, "PENDING", IN_PROCESS, "PENDING", COMPLETED, "APPROVED", REJECTED, "REJECTED",
                CANCELLED, "REJECTED");
        boolean closed = status == COMPLETED || status == REJECTED || status == CANCELLED;
        assertThat(status.open311Status().wireValue()).isEqualTo(closed ? "closed" : "open");
        assertThat(status.govStackStatus().name()).isEqualTo(govStack.get(status));
    }

    @org.junit.jupiter.api.Test
    void illegalTransition_messageNamesStatusActionAndAllowedActions_inBothLanguages() {
        assertThatThrownBy(() -> in(DRAFT).verify(OFFICER, LATER)).isInstanceOfSatisfying(
                IllegalTransitionException.class, e -> {
                    assertThat(e.getMessage(Locale.forLanguageTag("id"))).contains("VERIFY", "DRAFT", "SUBMIT", "CANCEL")
                            .contains("tidak dapat");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("VERIFY", "DRAFT", "SUBMIT, CANCEL")
                            .contains("cannot be taken");
                });
    }

    @org.junit.jupiter.api.Test
    void actionOnAFinalRequest_saysTheStatusIsFinal() {
        assertThatThrownBy(() -> in(COMPLETED).cancel(CITIZEN, LATER, "x"))
                .hasMessageContaining("status akhir COMPLETED");
    }

    @org.junit.jupiter.api.Test
    void systemActor_mayVerifyAndComplete_likeAnOfficer() {
        ServiceRequest r = in(SUBMITTED).verify(OSS, LATER).startProcessing(OSS, LATER).complete(OSS, LATER);
        assertThat(r.status()).isEqualTo(COMPLETED);
    }
}
