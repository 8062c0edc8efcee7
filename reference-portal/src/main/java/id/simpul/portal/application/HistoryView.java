package id.simpul.portal.application;

/** One history entry as shown to a caller allowed to see the request. */
public record HistoryView(int entry, String action, String from, String to, String actorRole, String actor,
        String at, String reason) {
}
