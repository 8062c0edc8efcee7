package id.simpul.sdk.config.internal;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.config.ConfigMessages;
import id.simpul.sdk.config.ConfigProblem;
import java.util.List;

/** Collects problems of one parsed file, placing each at the line of the field it concerns. */
public final class FileProblems {

    private final String file;
    private final YamlTree tree;
    private final List<ConfigProblem> sink;

    public FileProblems(String file, YamlTree tree, List<ConfigProblem> sink) {
        this.file = file;
        this.tree = tree;
        this.sink = sink;
    }

    public String file() {
        return file;
    }

    public YamlTree tree() {
        return tree;
    }

    /** A problem at a field's value; the message and fix keys are {@code key} and {@code key.fix}. */
    public void at(String field, String key, Object... args) {
        at(field, key, ConfigMessages.of(key, args), ConfigMessages.of(key + ".fix", args));
    }

    public void at(String field, String code, LocalizedMessage message, LocalizedMessage fix) {
        YamlTree.Position p = tree.valuePosition(field);
        sink.add(new ConfigProblem(file, p.line(), p.column(), field, code, message, fix));
    }
}
