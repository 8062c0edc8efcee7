package id.simpul.portal.application.federation;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.request.RequestAction;
import id.simpul.sdk.request.RequestStatus;
import org.junit.jupiter.api.Test;

/** How a filing node's copy follows the statuses the competent node reports. */
class StatusPathTest {

    @Test
    void pathTo_completedFromSubmitted_walksEveryStepAPartnerNodeMayTake() {
        assertThat(FederationService.pathTo(RequestStatus.SUBMITTED, RequestStatus.COMPLETED)).containsExactly(
                RequestAction.VERIFY, RequestAction.START_PROCESSING, RequestAction.COMPLETE);
    }

    @Test
    void pathTo_rejectedFromSubmitted_isOneStep() {
        assertThat(FederationService.pathTo(RequestStatus.SUBMITTED, RequestStatus.REJECTED))
                .containsExactly(RequestAction.REJECT);
    }

    @Test
    void pathTo_anEarlierStatusArrivingLate_isNoChange() {
        assertThat(FederationService.pathTo(RequestStatus.COMPLETED, RequestStatus.IN_PROCESS)).isEmpty();
        assertThat(FederationService.pathTo(RequestStatus.IN_PROCESS, RequestStatus.VERIFIED)).isEmpty();
    }

    @Test
    void pathTo_theSameStatus_isNoChange() {
        assertThat(FederationService.pathTo(RequestStatus.VERIFIED, RequestStatus.VERIFIED)).isEmpty();
    }

    @Test
    void pathTo_cancelled_isNeverTakenForTheApplicantByAPartnerNode() {
        assertThat(FederationService.pathTo(RequestStatus.SUBMITTED, RequestStatus.CANCELLED)).isEmpty();
    }
}
