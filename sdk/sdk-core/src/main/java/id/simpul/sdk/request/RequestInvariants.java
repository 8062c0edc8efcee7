package id.simpul.sdk.request;

import id.simpul.sdk.calendar.SlaClock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The consistency rules between a request's history, status and SLA clock. */
final class RequestInvariants {

    private RequestInvariants() {
    }

    static void check(ServiceRequest r) {
        RequestStatus expected = RequestStatus.DRAFT;
        Instant last = r.createdAt();
        List<HistoryEntry> history = r.history();
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry e = history.get(i);
            if (e.from() != expected) {
                throw new InvalidRequestException("request.history.chain", String.valueOf(i + 1), e.from().name(),
                        expected.name());
            }
            if (e.at().isBefore(last)) {
                throw new InvalidRequestException("request.history.time", String.valueOf(i + 1));
            }
            expected = e.to();
            last = e.at();
        }
        if (!clockStatesFor(r.status()).contains(r.slaClock().state())) {
            throw new InvalidRequestException("request.clock.state", r.slaClock().state().name(), r.status().name());
        }
    }

    /** Which clock states fit a status. */
    static Set<SlaClock.State> clockStatesFor(RequestStatus status) {
        return switch (status) {
            case DRAFT -> EnumSet.of(SlaClock.State.NOT_STARTED);
            case SUBMITTED, VERIFIED, IN_PROCESS -> EnumSet.of(SlaClock.State.RUNNING, SlaClock.State.PAUSED);
            case RETURNED -> EnumSet.of(SlaClock.State.PAUSED);
            case COMPLETED, REJECTED -> EnumSet.of(SlaClock.State.STOPPED);
            case CANCELLED -> EnumSet.of(SlaClock.State.NOT_STARTED, SlaClock.State.STOPPED);
        };
    }

    /** The clock after an action: started, paused, resumed, stopped or unchanged. */
    static SlaClock clockAfter(RequestAction action, SlaClock clock, Instant at) {
        SlaClock.State s = clock.state();
        return switch (action) {
            case SUBMIT -> clock.start(at);
            case RETURN_FOR_COMPLETION -> s == SlaClock.State.RUNNING ? clock.pause(at) : clock;
            case RESUBMIT -> clock.resume(at);
            case COMPLETE, REJECT -> clock.stop(at);
            case CANCEL -> s == SlaClock.State.NOT_STARTED ? clock : clock.stop(at);
            case VERIFY, START_PROCESSING -> clock;
        };
    }
}
