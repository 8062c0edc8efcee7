package id.simpul.sdk.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One resolver shared by many threads answers exactly as it does on one. */
class ConcurrentResolutionTest {

    @Test
    void resolve_fromManyThreadsAtOnce_givesTheSameAnswersAsSequentially() throws Exception {
        AuthorityResolver resolver = AuthorityWorld.configuration().resolver();
        List<ResolutionQuery> queries = LegalScenariosTest.scenarios().map(LegalScenariosTest.Scenario::query)
                .toList();
        List<Resolution> expected = queries.stream().map(resolver::resolve).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Resolution>>> runs = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> queries.stream().map(resolver::resolve).toList())).toList();
            for (Future<List<Resolution>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
