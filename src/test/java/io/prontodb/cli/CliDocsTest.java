package io.prontodb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CliDocsTest {
    private static final Path DOCS = Path.of("docs/cli.md");

    @Test
    void everySupplierMakesItsOwnCommandWithUsageAndSummary() {
        Set<Class<?>> classes = new HashSet<>();
        for (CommandSpec group : CommandTable.all()) {
            List<CommandSpec> rows = group.isGroup() ? group.subcommands() : List.of(group);
            for (CommandSpec spec : rows) {
                String words = group.isGroup() ? group.name() + " " + spec.name() : spec.name();
                Command command = spec.factory().get();
                assertThat(command).as(words).isNotNull();
                assertThat(classes.add(command.getClass())).as(words + " has a class of its own").isTrue();
                assertThat(command.summary()).as(words + " summary").isNotBlank();
                assertThat(command.usage()).as(words + " usage").startsWith("prontodb " + words);
                assertThat(command.flags()).as(words + " flags").doesNotContainAnyElementsOf(CommandSpec.GLOBAL_FLAGS);
            }
        }
        assertThat(classes).hasSizeGreaterThan(30);
    }

    @Test
    void lookingUpACommandLoadsOnlyThatCommand() throws Exception {
        ClassLoader loader = new IsolatingLoader();
        Class<?> table = Class.forName(CommandTable.class.getName(), true, loader);
        Object spec = table.getMethod("find", String.class).invoke(null, "get");
        Object command = spec.getClass().getMethod("command").invoke(spec);
        assertThat(command.getClass().getSimpleName()).isEqualTo("GetCommand");
        assertThat(((IsolatingLoader) loader).loaded).contains("io.prontodb.cli.command.GetCommand")
                .doesNotContain("io.prontodb.cli.command.SetCommand", "io.prontodb.cli.command.ImportCommand",
                        "io.prontodb.cli.command.StreamCommand");
    }

    /** Loads io.prontodb classes itself (recording which) so the test sees what a fresh process would load. */
    private static final class IsolatingLoader extends ClassLoader {
        final Set<String> loaded = new HashSet<>();

        IsolatingLoader() {
            super(CliDocsTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("io.prontodb.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> found = findLoadedClass(name);
                if (found == null) {
                    try (var in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        found = defineClass(name, bytes, 0, bytes.length);
                        loaded.add(name);
                    } catch (java.io.IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return found;
            }
        }
    }

    @Test
    void docsCliMdMatchesTheCommandTable() throws IOException {
        String expected = CliDocs.markdown();
        if (Boolean.getBoolean("prontodb.updateDocs")) {
            Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOCS, StandardCharsets.UTF_8))
                .as("docs/cli.md is stale: mvn -q test -Dtest=CliDocsTest -Dprontodb.updateDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void docsNameEveryCommand() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        for (CommandSpec spec : CommandTable.all()) {
            assertThat(docs).contains("\n## " + spec.name() + "\n");
            for (CommandSpec sub : spec.subcommands()) {
                assertThat(docs).contains("\n## " + spec.name() + " " + sub.name() + "\n");
            }
        }
    }
}
