package id.simpul.sdk.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadOnceTest {

    @Test
    void get_manyThreadsAtOnce_loadExactlyOnceAndShareTheValue() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        LoadOnce<Object> once = new LoadOnce<>(() -> {
            loads.incrementAndGet();
            return new Object();
        });
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return once.get();
                }));
            }
            start.countDown();
            Object first = answers.get(0).get();
            for (Future<Object> answer : answers) {
                assertThat(answer.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    void get_afterAFailedLoad_triesAgain() {
        AtomicInteger calls = new AtomicInteger();
        LoadOnce<String> once = new LoadOnce<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("first attempt fails");
            }
            return "loaded";
        });

        assertThatThrownBy(once::get).hasMessage("first attempt fails");
        assertThat(once.isLoaded()).isFalse();
        assertThat(once.get()).isEqualTo("loaded");
        assertThat(once.get()).isEqualTo("loaded");
        assertThat(calls).hasValue(2);
    }
}
