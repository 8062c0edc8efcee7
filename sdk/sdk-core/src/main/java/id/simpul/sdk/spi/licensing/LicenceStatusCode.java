package id.simpul.sdk.spi.licensing;

import java.util.Optional;

/**
 * OSS RBA licence processing statuses ({@code kd_status}), with what each does to the SLA clock.
 * Codes 41–44 pause, resume, reset and restart it; 57 means the licence is deemed approved because
 * the regency let the SLA lapse (<em>disetujui otomatis</em>, fiktif positif).
 */
public enum LicenceStatusCode {
    /** 05 penapisan. */
    SCREENING("05", SlaEffect.NONE),
    /** 09 melengkapi persyaratan. */
    COMPLETING_REQUIREMENTS("09", SlaEffect.NONE),
    /** 10 dokumen lengkap. */
    DOCUMENTS_COMPLETE("10", SlaEffect.NONE),
    /** 11 dokumen belum lengkap. */
    DOCUMENTS_INCOMPLETE("11", SlaEffect.NONE),
    /** 12 pemenuhan komitmen. */
    FULFILLING_COMMITMENTS("12", SlaEffect.NONE),
    /** 20 validasi. */
    VALIDATION("20", SlaEffect.NONE),
    /** 30 verifikasi pembayaran. */
    PAYMENT_VERIFICATION("30", SlaEffect.NONE),
    /** 31 konfirmasi pembayaran. */
    PAYMENT_CONFIRMATION("31", SlaEffect.NONE),
    /** 40 inspeksi. */
    INSPECTION("40", SlaEffect.NONE),
    /** 41 SLA dihentikan (konfirmasi persyaratan). */
    SLA_STOPPED("41", SlaEffect.PAUSE),
    /** 42 SLA dilanjutkan. */
    SLA_RESUMED("42", SlaEffect.RESUME),
    /** 43 SLA diulang dari awal (reset). */
    SLA_RESET("43", SlaEffect.RESET),
    /** 44 SLA dimulai kembali. */
    SLA_RESTARTED("44", SlaEffect.RESTART),
    /** 45 persyaratan terverifikasi. */
    REQUIREMENTS_VERIFIED("45", SlaEffect.NONE),
    /** 49 pengambilan nomor. */
    NUMBER_ASSIGNMENT("49", SlaEffect.NONE),
    /** 50 disetujui. */
    APPROVED("50", SlaEffect.NONE),
    /** 52 terbit sementara. */
    PROVISIONALLY_ISSUED("52", SlaEffect.NONE),
    /** 57 disetujui otomatis: deemed approved because the SLA lapsed. */
    DEEMED_APPROVED("57", SlaEffect.NONE),
    /** 60 peringatan. */
    WARNING("60", SlaEffect.NONE),
    /** 70 penghentian sementara. */
    SUSPENDED("70", SlaEffect.NONE),
    /** 80 denda. */
    FINED("80", SlaEffect.NONE),
    /** 90 ditolak. */
    REJECTED("90", SlaEffect.NONE),
    /** 93 penolakan persyaratan. */
    REQUIREMENTS_REJECTED("93", SlaEffect.NONE);

    private final String code;
    private final SlaEffect slaEffect;

    LicenceStatusCode(String code, SlaEffect slaEffect) {
        this.code = code;
        this.slaEffect = slaEffect;
    }

    /** The two-digit {@code kd_status}. */
    public String code() {
        return code;
    }

    public SlaEffect slaEffect() {
        return slaEffect;
    }

    /** Code 57: approved by law because the SLA was breached. */
    public boolean deemedApproved() {
        return this == DEEMED_APPROVED;
    }

    /** Whether the licence process ends with this status (approved, deemed approved or rejected). */
    public boolean isFinal() {
        return this == APPROVED || this == DEEMED_APPROVED || this == REJECTED || this == REQUIREMENTS_REJECTED;
    }

    public static Optional<LicenceStatusCode> fromCode(String code) {
        for (LicenceStatusCode status : values()) {
            if (status.code.equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
