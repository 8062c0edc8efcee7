package id.simpul.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.request.RequestStatus;
import id.simpul.sdk.spi.licensing.LicenceStatusCode;
import id.simpul.sdk.spi.licensing.SlaEffect;
import org.junit.jupiter.api.Test;

class OssStatusMappingTest {

    @Test
    void of_lifecycleOfALicence_mapsToOssCodes() {
        assertThat(OssStatusMapping.of(RequestStatus.DRAFT, RequestStatus.SUBMITTED)).contains(LicenceStatusCode.SCREENING);
        assertThat(OssStatusMapping.of(RequestStatus.SUBMITTED, RequestStatus.VERIFIED))
                .contains(LicenceStatusCode.REQUIREMENTS_VERIFIED);
        assertThat(OssStatusMapping.of(RequestStatus.VERIFIED, RequestStatus.IN_PROCESS)).contains(LicenceStatusCode.VALIDATION);
        assertThat(OssStatusMapping.of(RequestStatus.IN_PROCESS, RequestStatus.COMPLETED)).contains(LicenceStatusCode.APPROVED);
        assertThat(OssStatusMapping.of(RequestStatus.IN_PROCESS, RequestStatus.REJECTED)).contains(LicenceStatusCode.REJECTED);
    }

    @Test
    void of_returnedForCompletion_pausesAndResubmissionResumesTheSlaClock() {
        assertThat(OssStatusMapping.of(RequestStatus.SUBMITTED, RequestStatus.RETURNED).orElseThrow().slaEffect())
                .isEqualTo(SlaEffect.PAUSE);
        assertThat(OssStatusMapping.of(RequestStatus.RETURNED, RequestStatus.SUBMITTED).orElseThrow().slaEffect())
                .isEqualTo(SlaEffect.RESUME);
    }

    @Test
    void of_cancellationByTheApplicant_isNotReported() {
        assertThat(OssStatusMapping.of(RequestStatus.SUBMITTED, RequestStatus.CANCELLED)).isEmpty();
    }

    @Test
    void of_neverDeemedApproved_becauseOssSetsThatItself() {
        for (RequestStatus from : RequestStatus.values()) {
            for (RequestStatus to : RequestStatus.values()) {
                assertThat(OssStatusMapping.of(from, to)).isNotEqualTo(java.util.Optional.of(LicenceStatusCode.DEEMED_APPROVED));
            }
        }
    }
}
