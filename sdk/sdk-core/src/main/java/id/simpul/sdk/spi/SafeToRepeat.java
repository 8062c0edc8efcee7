package id.simpul.sdk.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a port operation that changes nothing on the remote side (an inquiry, a verification), so
 * calling it twice has the same effect as calling it once. Only such operations are retried after a
 * transient failure; an operation without this mark (a push, a submission) is sent at most once per
 * call, and a failure is reported to the caller, who owns the decision to try again (e.g. through an
 * outbox that the receiver deduplicates).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SafeToRepeat {
}
