package id.simpul.adapters.template.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** A generated adapter compiles and passes the conformance kit as generated. */
class NewAdapterTest {

    @TempDir
    Path work;

    @Test
    void generatedAdapter_compilesAndPassesTheConformanceKit() throws Exception {
        Path module = work.resolve("prov-registry");
        List<Path> written = new NewAdapter("prov-registry", "Registri Provinsi", "id.example.adapters.provreg",
                "ProvRegistry").generate(Path.of("."), module);

        assertThat(written).extracting(p -> p.getFileName().toString())
                .contains("ProvRegistryAdapterProvider.java", "ProvRegistryConformanceTest.java", "pom.xml")
                .doesNotContain("NewAdapter.java", "NewAdapterTest.java");
        for (Path file : written) {
            assertThat(Files.readString(file)).as(file.toString())
                    .doesNotContain("id.simpul.adapters.template", "TemplateAdapterProvider", "template-registry");
        }
        assertThat(Files.readString(module.resolve("pom.xml"))).contains("<artifactId>simpul-adapter-prov-registry<");

        Path classes = compile(module);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> kit = loader.loadClass("id.example.adapters.provreg.ProvRegistryConformanceTest");
            Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute().testEvents();

            assertThat(tests.started().count()).isGreaterThanOrEqualTo(26);
            assertThat(tests.failed().count()).as("failed rules").isZero();
        }
    }

    @Test
    void badArguments_areRefusedNamingTheFlag() {
        assertThatThrownBy(() -> new NewAdapter("Prov Registry", "X", "id.example.x", "X"))
                .hasMessageContaining("--system");
        assertThatThrownBy(() -> new NewAdapter("prov", "X", "Id.Example", "X")).hasMessageContaining("--package");
        assertThatThrownBy(() -> new NewAdapter("prov", "X", "id.example.x", "lower")).hasMessageContaining("--prefix");
        assertThatThrownBy(() -> new NewAdapter("prov", "X", "id.simpul.adapters.template.x", "X"))
                .hasMessageContaining("--package");
    }

    @Test
    void anExistingTarget_isNotOverwritten() throws Exception {
        Files.createDirectories(work.resolve("taken"));

        assertThatThrownBy(() -> new NewAdapter("prov", "X", "id.example.x", "X").generate(Path.of("."),
                work.resolve("taken"))).hasMessageContaining("exists already");
    }

    private Path compile(Path module) throws Exception {
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(module.resolve("src"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> sources.add(p.toString()));
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classpath, "--release", "17",
                "-proc:none"));
        args.addAll(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac exit code").isZero();
        Path services = module.resolve("src/main/resources/META-INF/services");
        Files.createDirectories(classes.resolve("META-INF/services"));
        try (Stream<Path> files = Files.list(services)) {
            for (Path f : files.toList()) {
                Files.copy(f, classes.resolve("META-INF/services").resolve(f.getFileName()));
            }
        }
        return classes;
    }
}
