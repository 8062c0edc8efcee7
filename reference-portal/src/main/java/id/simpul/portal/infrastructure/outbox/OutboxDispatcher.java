package id.simpul.portal.infrastructure.outbox;

import id.simpul.portal.application.OutboxHandler;
import id.simpul.sdk.SimpulException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers outbox messages on the container's managed scheduler: every poll it takes the due
 * messages of the topics some {@link OutboxHandler} handles, delivers each outside any transaction,
 * then records success or schedules the next attempt with exponential {@link Backoff}; a failure that is
 * not {@link SimpulException#retryable() retryable} is marked {@value #PERMANENT_PREFIX} and waits the
 * longest backoff (it is counted by the {@code outbox_blocked} gauge and logged at SEVERE). Messages of
 * topics nobody handles yet stay pending (and are counted by the {@code outbox_pending} gauge).
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 50;
    /** Prefix of {@code last_error} when the failure was not retryable. */
    public static final String PERMANENT_PREFIX = "permanent:";

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    OutboxStore store;
    @Inject
    Instance<OutboxHandler> handlers;
    @Inject
    @ConfigProperty(name = "simpul.outbox.poll-seconds", defaultValue = "5")
    int pollSeconds;
    @Inject
    @ConfigProperty(name = "simpul.outbox.backoff-initial-seconds", defaultValue = "5")
    int initialSeconds;
    @Inject
    @ConfigProperty(name = "simpul.outbox.backoff-max-seconds", defaultValue = "3600")
    int maxSeconds;

    private ScheduledFuture<?> task;

    public synchronized void start() {
        if (task == null) {
            Backoff backoff = new Backoff(Duration.ofSeconds(initialSeconds), Duration.ofSeconds(maxSeconds));
            task = scheduler.scheduleWithFixedDelay(() -> poll(backoff), pollSeconds, pollSeconds, TimeUnit.SECONDS);
            LOG.info(() -> "Outbox dispatcher started; topics handled now: " + topics());
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void poll(Backoff backoff) {
        try {
            List<OutboxStore.Due> due = store.due(System.currentTimeMillis(), topics(), BATCH);
            for (OutboxStore.Due m : due) {
                deliver(m, backoff);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox poll failed; retrying at the next poll: " + e.getClass().getName());
        }
    }

    private void deliver(OutboxStore.Due m, Backoff backoff) {
        try {
            for (OutboxHandler h : handlers) {
                if (h.handles(m.topic())) {
                    h.deliver(m.topic(), m.dedupKey(), m.payload());
                }
            }
            store.delivered(m.id(), System.currentTimeMillis());
        } catch (RuntimeException e) {
            boolean permanent = e instanceof SimpulException s && !s.retryable();
            String why = (permanent ? PERMANENT_PREFIX : "")
                    + (e instanceof SimpulException s ? s.code() : e.getClass().getName());
            // a failure that repeating will not fix waits the longest backoff: it stays visible (outbox_blocked,
            // last_error) and is tried again rarely, in case an operator fixed the cause
            Duration wait = permanent ? backoff.max()
                    : backoff.jittered(m.attempts() + 1, java.util.concurrent.ThreadLocalRandom.current().nextDouble());
            store.failed(m.id(), System.currentTimeMillis() + wait.toMillis(), why);
            if (permanent) {
                LOG.severe(() -> "Outbox delivery of " + m.dedupKey() + " failed permanently (" + why + "); attempt "
                        + (m.attempts() + 1) + ", next in " + wait + ". Fix the cause; the message is kept.");
            } else {
                LOG.warning(() -> "Outbox delivery of " + m.dedupKey() + " failed (" + why + "); attempt "
                        + (m.attempts() + 1) + ", next in " + wait);
            }
        }
    }

    private Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        for (String t : id.simpul.portal.application.Outbox.TOPICS) {
            for (OutboxHandler h : handlers) {
                if (h.handles(t)) {
                    topics.add(t);
                }
            }
        }
        return topics;
    }
}
