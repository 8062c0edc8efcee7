/**
 * The kewenangan engine: who may legally decide which service, for whom, where, and why.
 *
 * <p>The model: an {@link id.simpul.sdk.authority.Authority} (kewenangan) gives an office the
 * right to decide service types for a territory; a {@link id.simpul.sdk.authority.Delegation}
 * (pelimpahan kewenangan, PP 17/2018) hands some of it to a Camat by Peraturan Bupati, possibly
 * under {@link id.simpul.sdk.authority.Condition}s on the request; a
 * {@link id.simpul.sdk.authority.CooperationAgreement} (perjanjian kerja sama, PP 28/2018) lets one
 * regency's counters accept another's residents. Each rests on a
 * {@link id.simpul.sdk.authority.LegalInstrument}.
 *
 * <p>Assemble them with {@link id.simpul.sdk.authority.AuthorityConfiguration#builder()}: its
 * {@code validate()} reports every problem at once, its {@code build()} refuses a configuration
 * with errors. Ask the {@link id.simpul.sdk.authority.AuthorityResolver} of a built configuration
 * who may decide a {@link id.simpul.sdk.authority.ResolutionQuery}: the answer is a
 * {@link id.simpul.sdk.authority.Decision} with its chain of instruments, or a
 * {@link id.simpul.sdk.authority.Refusal} naming the missing link, explainable in Bahasa Indonesia
 * and English.
 */
package id.simpul.sdk.authority;
