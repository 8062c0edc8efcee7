/**
 * A simulator of the Dukcapil web service as regional governments reach it under a PKS: HTTP POST
 * {@code /dukcapil/get_json/{institution}/{METHOD}} with {@code user_id}, {@code password} and
 * {@code ip_user} in the JSON body; answers in a page envelope {@code {"content":[…],…}}; "not found"
 * and errors inside {@code content}; verify-by-element verdicts such as {@code "Sesuai (97)"}.
 *
 * <p>The shapes follow public integrations; the error codes inside {@code content}
 * ({@code RESPONSE_CODE} 05, 11, 12, 99) are a model, since Dukcapil does not publish its list.
 * All people are synthetic (see {@code SyntheticPeople}).
 */
package id.simpul.adapters.dukcapil.simulator;
