package id.simpul.sdk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private static final LocalDate FILED = LocalDate.of(2026, 4, 15);
    private final ServiceStandard ktp = SeedCatalogue.ktpReprint();
    private final ServiceStandard pbg = SeedCatalogue.smallBuilding();

    private static FormData validKtpForm() {
        return FormData.builder().put("nik", "6112010101900001").put("alasan", "HILANG")
                .put("tanggal_kejadian", "2026-04-10").build();
    }

    private static List<SubmittedDocument> validKtpDocuments() {
        return List.of(SubmittedDocument.of("sktlk", LocalDate.of(2026, 4, 10)), SubmittedDocument.of("kk"));
    }

    @Test
    void validate_completeApplication_hasNoProblems() {
        assertThat(ktp.validate(validKtpForm(), validKtpDocuments(), FILED).isValid()).isTrue();
    }

    @Test
    void validate_reportsEveryProblemAtOnce_perField() {
        FormData form = FormData.builder().put("alasan", "DICURI").put("tanggal_kejadian", "10-04-2026")
                .put("warna", "merah").build();
        ValidationResult result = ktp.validate(form, List.of(SubmittedDocument.of("sktlk", LocalDate.of(2026, 3, 1))), FILED);

        assertThat(result.problems()).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nik", ProblemCode.MISSING_REQUIRED),
                org.assertj.core.groups.Tuple.tuple("alasan", ProblemCode.NOT_ALLOWED_VALUE),
                org.assertj.core.groups.Tuple.tuple("tanggal_kejadian", ProblemCode.UNPARSEABLE_DATE),
                org.assertj.core.groups.Tuple.tuple("warna", ProblemCode.UNKNOWN_FIELD),
                org.assertj.core.groups.Tuple.tuple("sktlk", ProblemCode.DOCUMENT_EXPIRED),
                org.assertj.core.groups.Tuple.tuple("kk", ProblemCode.DOCUMENT_MISSING));
    }

    @Test
    void validate_problemMessages_existInBothLanguages_andNeverRepeatTheValue() {
        FormData form = FormData.builder().put("nik", "6112010101900001\n").put("alasan", "SECRET-VALUE").build();
        ValidationResult result = ktp.validate(form, validKtpDocuments(), FILED);

        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
            String id = p.message(LocalizedMessage_ID);
            String en = p.message(Locale.ENGLISH);
            assertThat(id).isNotEqualTo(en).doesNotStartWith("problem.").doesNotContain("SECRET-VALUE", "6112010101900001");
            assertThat(en).doesNotStartWith("problem.").doesNotContain("SECRET-VALUE", "6112010101900001");
        });
        assertThat(result.problemsFor("alasan").get(0).message(Locale.ENGLISH)).startsWith("Reason");
        assertThat(result.problemsFor("alasan").get(0).message(LocalizedMessage_ID)).startsWith("Alasan");
    }

    private static final Locale LocalizedMessage_ID = Locale.forLanguageTag("id");

    @Test
    void validate_numberOutOfRange_isReportedWithItsLimit() {
        FormData form = FormData.builder().put("luas_bangunan", "120").put("fungsi", List.of("HUNIAN", "USAHA")).build();
        ValidationResult result = pbg.validate(form, List.of(), FILED);

        assertThat(result.has("luas_bangunan", ProblemCode.OUT_OF_RANGE)).isTrue();
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).message(Locale.ENGLISH)).contains("at most 100");
    }

    @Test
    void validate_numberWithComma_isWrongType() {
        FormData form = FormData.builder().put("luas_bangunan", "96,5").put("fungsi", "HUNIAN").build();
        assertThat(pbg.validate(form, List.of(), FILED).has("luas_bangunan", ProblemCode.WRONG_TYPE)).isTrue();
    }

    @Test
    void orThrow_invalidApplication_throwsClientExceptionCarryingAllProblems() {
        ValidationResult result = ktp.validate(FormData.empty(), List.of(), FILED);

        assertThatThrownBy(result::orThrow).isInstanceOfSatisfying(InvalidFormException.class, e -> {
            assertThat(e.code()).isEqualTo("form.invalid");
            assertThat(e.retryable()).isFalse();
            assertThat(e.problems()).hasSize(result.problems().size());
            assertThat(e.getMessage(Locale.ENGLISH)).contains("nik", "alasan", "sktlk", "kk");
        });
    }
}
