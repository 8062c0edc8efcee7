package id.simpul.portal.application;

import java.util.List;
import java.util.Map;

/**
 * A submission as received, before any checking: raw strings, so the application can report every
 * problem with the field it belongs to. Form values are a string or a list of strings each.
 */
public record SubmitCommand(String service, String subjectRegion, String filingAgency, String channel,
        String applicantNik, Map<String, List<String>> form, List<Document> documents, List<FieldError> parseErrors) {

    public SubmitCommand {
        form = Map.copyOf(form);
        documents = List.copyOf(documents);
        parseErrors = List.copyOf(parseErrors);
    }

    /** A submitted document: its code, optional issue date (ISO) and optional reference number. */
    public record Document(String code, String issuedOn, String reference) {
    }

    @Override
    public String toString() {
        return "SubmitCommand[" + service + "]";
    }
}
