package id.simpul.sdk.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlTreeTest {

    @Test
    void parse_remembersTheLineAndColumnOfEveryValueAndKey() throws Exception {
        YamlTree tree = YamlTree.parse("schemaVersion: 1\nagencies:\n  - id: a\n    kind: opd\n  - id: b\n");

        assertThat(tree.valuePosition("agencies[1].id")).isEqualTo(new YamlTree.Position(5, 9));
        assertThat(tree.keyPosition("agencies[0].kind")).isEqualTo(new YamlTree.Position(4, 5));
        assertThat(tree.valuePosition("agencies[0]")).isEqualTo(new YamlTree.Position(3, 5));
    }

    @Test
    void valuePosition_ofAMissingField_isWhereItsParentStarts() throws Exception {
        YamlTree tree = YamlTree.parse("a:\n  b: 1\n");

        assertThat(tree.valuePosition("a.c.d")).isEqualTo(tree.valuePosition("a"));
    }

    @Test
    void parse_readsOnlyTrueAndFalseAsBooleans_andKeepsDatesAsText() throws Exception {
        YamlTree tree = YamlTree.parse("a: yes\nb: true\nc: 2025-01-31\nd: 61.10\ne: \"61.10\"\nf: 30000\n");

        assertThat(tree.root().get("a").isTextual()).isTrue();
        assertThat(tree.root().get("b").isBoolean()).isTrue();
        assertThat(tree.root().get("c").asText()).isEqualTo("2025-01-31");
        assertThat(tree.root().get("d").isNumber()).isTrue();
        assertThat(tree.root().get("e").asText()).isEqualTo("61.10");
        assertThat(tree.root().get("f").isIntegralNumber()).isTrue();
    }

    @Test
    void parse_keyWrittenTwice_isRefusedAtTheSecondKey() {
        assertThatThrownBy(() -> YamlTree.parse("a: 1\nb: 2\na: 3\n")).isInstanceOfSatisfying(YamlTree.SyntaxError.class,
                e -> {
                    assertThat(e.key()).isEqualTo("yaml.duplicate-key");
                    assertThat(e.position().line()).isEqualTo(3);
                });
    }

    @Test
    void parse_aliasOfAMap_isRefused() {
        assertThatThrownBy(() -> YamlTree.parse("a: &x {b: 1}\nc: *x\n"))
                .isInstanceOfSatisfying(YamlTree.SyntaxError.class, e -> assertThat(e.key()).isEqualTo("yaml.alias"));
    }

    @Test
    void parse_brokenSyntax_pointsAtTheLine() {
        assertThatThrownBy(() -> YamlTree.parse("a: 1\nb: [1, 2\nc: 3\n"))
                .isInstanceOfSatisfying(YamlTree.SyntaxError.class, e -> {
                    assertThat(e.key()).isEqualTo("yaml.syntax");
                    assertThat(e.position().line()).isBetween(2, 4);
                });
    }

    @Test
    void suggest_findsTyposButNotUnrelatedNames() {
        assertThat(Suggest.closest("kecamatn", java.util.List.of("opd", "kecamatan", "kelurahan"))).hasValue("kecamatan");
        assertThat(Suggest.closest("PRZ-NIBB", java.util.List.of("PRZ-NIB", "PRZ-PBG"))).hasValue("PRZ-NIB");
        assertThat(Suggest.closest("zzzzzz", java.util.List.of("opd", "kecamatan"))).isEmpty();
    }
}
