package id.simpul.sdk.json;

import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.SubmittedDocument;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.request.Actor;
import id.simpul.sdk.request.ApplicantRef;
import id.simpul.sdk.request.Channel;
import id.simpul.sdk.request.FilingPoint;
import id.simpul.sdk.request.RegistrationNumber;
import id.simpul.sdk.request.RequestStatus;
import id.simpul.sdk.request.ServiceRequest;
import id.simpul.sdk.request.ServiceRequestId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** A KTP-el reprint filed at a Kubu Raya kecamatan PATEN counter, in every status. */
final class Requests {

    static final WorkingCalendar CALENDAR = WorkingCalendar.indonesia();
    static final ServiceStandard KTP = SeedCatalogue.ktpReprint();
    static final ApplicantRef APPLICANT = ApplicantRef.of("warga-000042");
    static final Actor CITIZEN = Actor.applicant(APPLICANT);
    static final Actor OFFICER = Actor.officer("petugas-paten-01");
    static final Actor OSS = Actor.system("oss-rba");

    private Requests() {
    }

    static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
    }

    static ServiceRequest draft() {
        return ServiceRequest.builder()
                .id(ServiceRequestId.of("req-0001"))
                .registrationNumber(RegistrationNumber.of(RegionCode.parse("61.12"), LocalDate.of(2026, 4, 13), 1))
                .applicant(APPLICANT)
                .standard(KTP)
                .calendar(CALENDAR)
                .subjectRegion(RegionCode.parse("61.12.01.2001"))
                .filingPoint(FilingPoint.of("61.12.01-kecamatan", Channel.PATEN))
                .competentAgency(AgencyId.of("61.12-disdukcapil"))
                .form(FormData.builder().put("nik", "6112010101900001").put("alasan", "HILANG")
                        .put("tanggal_kejadian", LocalDate.of(2026, 4, 11)).build())
                .documents(List.of(SubmittedDocument.of("sktlk", LocalDate.of(2026, 4, 12))
                        .withReference("SKTLK/123/IV/2026/SPKT"), SubmittedDocument.of("kk")))
                .createdAt(wib("2026-04-13T09:00"))
                .build();
    }

    /** The request brought to the given status by the shortest path, one hour per step. */
    static ServiceRequest in(RequestStatus status) {
        ServiceRequest d = draft();
        return switch (status) {
            case DRAFT -> d;
            case SUBMITTED -> d.submit(CITIZEN, wib("2026-04-13T10:00"));
            case RETURNED -> in(RequestStatus.SUBMITTED).returnForCompletion(OFFICER, wib("2026-04-13T11:00"), "KK buram");
            case VERIFIED -> in(RequestStatus.SUBMITTED).verify(OFFICER, wib("2026-04-13T11:00"));
            case IN_PROCESS -> in(RequestStatus.VERIFIED).startProcessing(OFFICER, wib("2026-04-13T12:00"));
            case COMPLETED -> in(RequestStatus.IN_PROCESS).complete(OFFICER, wib("2026-04-13T13:00"));
            case REJECTED -> in(RequestStatus.IN_PROCESS).reject(OFFICER, wib("2026-04-13T13:00"), "Data tidak cocok");
            case CANCELLED -> d.cancel(CITIZEN, wib("2026-04-13T10:00"), "Tidak jadi");
        };
    }

    /** Returned for completion on Monday, resubmitted on Wednesday: the deadline moved by the pause. */
    static ServiceRequest resubmittedAfterPause() {
        return in(RequestStatus.RETURNED).resubmit(CITIZEN, wib("2026-04-15T10:30"));
    }

    /** Processing, with its SLA clock reset by OSS RBA (status 43) while paused and restarted. */
    static ServiceRequest withClockReset() {
        ServiceRequest r = in(RequestStatus.IN_PROCESS);
        r = r.withSlaClock(r.slaClock().pause(wib("2026-04-14T08:00")));
        return r.withSlaClock(r.slaClock().reset(wib("2026-04-16T09:15:30")));
    }

    /** Every fixture request: one per status and two with moved clocks. */
    static List<ServiceRequest> all() {
        List<ServiceRequest> out = new java.util.ArrayList<>();
        for (RequestStatus s : RequestStatus.values()) {
            out.add(in(s));
        }
        out.add(resubmittedAfterPause());
        out.add(withClockReset());
        return out;
    }
}
