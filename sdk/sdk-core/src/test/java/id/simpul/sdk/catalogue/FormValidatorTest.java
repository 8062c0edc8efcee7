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

    @Test
    void validate_severalValuesForASingleValueField_isWrongType() {
        FormData form = validKtpForm().with("alasan", List.of("HILANG", "RUSAK"));
        assertThat(ktp.validate(form, validKtpDocuments(), FILED).has("alasan", ProblemCode.WRONG_TYPE)).isTrue();
    }

    @Test
    void validate_lineBreakInAOneLineField_isWrongType_andTooLongText_isTooLong() {
        FormData form = validKtpForm().with("nik", List.of("6112\n0101")).with("keterangan", List.of("x".repeat(501)));
        ValidationResult result = ktp.validate(form, validKtpDocuments(), FILED);
        assertThat(result.has("nik", ProblemCode.WRONG_TYPE)).isTrue();
        assertThat(result.has("keterangan", ProblemCode.TOO_LONG)).isTrue();
        assertThat(result.problemsFor("keterangan").get(0).message(Locale.ENGLISH)).contains("500", "501");
    }

    @Test
    void validate_blankValueOfARequiredField_countsAsMissing() {
        FormData form = validKtpForm().with("nik", List.of("   "));
        assertThat(ktp.validate(form, validKtpDocuments(), FILED).has("nik", ProblemCode.MISSING_REQUIRED)).isTrue();
    }

    @Test
    void validate_documentProblems_unknownDuplicateUndatedAndIssuedAfterFiling() {
        List<SubmittedDocument> docs = List.of(SubmittedDocument.of("sktlk"), SubmittedDocument.of("kk"),
                SubmittedDocument.of("kk"), SubmittedDocument.of("akta"));
        ValidationResult result = ktp.validate(validKtpForm(), docs, FILED);
        assertThat(result.has("sktlk", ProblemCode.DOCUMENT_ISSUE_DATE_MISSING)).isTrue();
        assertThat(result.has("kk", ProblemCode.DOCUMENT_DUPLICATE)).isTrue();
        assertThat(result.has("akta", ProblemCode.DOCUMENT_UNKNOWN)).isTrue();
        ValidationResult future = ktp.validate(validKtpForm(),
                List.of(SubmittedDocument.of("sktlk", FILED.plusDays(1)), SubmittedDocument.of("kk")), FILED);
        assertThat(future.has("sktlk", ProblemCode.DOCUMENT_ISSUED_AFTER_FILING)).isTrue();
    }

    @Test
    void validate_dateOutsideItsRange_isOutOfRange() {
        FormAttribute birth = FormAttribute.builder().code("tanggal_lahir").label("Tanggal lahir", "Date of birth")
                .type(AttributeType.DATE).latest(FILED).earliest(java.time.LocalDate.of(1900, 1, 1)).build();
        FormValidator v = FormValidator.of(List.of(birth), List.of());
        assertThat(v.validateForm(FormData.builder().put("tanggal_lahir", "2030-01-01").build())
                .has("tanggal_lahir", ProblemCode.OUT_OF_RANGE)).isTrue();
        assertThat(v.validateForm(FormData.builder().put("tanggal_lahir", "1899-12-31").build())
                .has("tanggal_lahir", ProblemCode.OUT_OF_RANGE)).isTrue();
        assertThat(v.validateForm(FormData.builder().put("tanggal_lahir", "1990-02-30").build())
                .has("tanggal_lahir", ProblemCode.UNPARSEABLE_DATE)).isTrue();
        assertThat(v.validateForm(FormData.builder().put("tanggal_lahir", "1990-02-28").build()).isValid()).isTrue();
    }

    @Test
    void validate_multiValueListWithAnUnknownChoice_isNotAllowed_andNamesTheChoices() {
        FormData form = FormData.builder().put("luas_bangunan", "50").put("fungsi", List.of("HUNIAN", "PABRIK")).build();
        ValidationResult result = pbg.validate(form, List.of(), FILED);
        assertThat(result.has("fungsi", ProblemCode.NOT_ALLOWED_VALUE)).isTrue();
        assertThat(result.problems().get(0).message(Locale.ENGLISH)).contains("HUNIAN, USAHA").doesNotContain("PABRIK");
    }
}
