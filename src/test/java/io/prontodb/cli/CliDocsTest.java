package io.prontodb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliDocsTest {
    private static final Path DOCS = Path.of("docs/cli.md");

    @Test
    void everyCommandHasUsageSummaryAndAFactory() {
        for (CommandSpec spec : allSpecs()) {
            assertThat(spec.summary()).as(spec.name() + " summary").isNotBlank();
            assertThat(spec.usage()).as(spec.name() + " usage").startsWith("prontodb ");
            if (!spec.isGroup()) {
                assertThat(spec.factory()).as(spec.name() + " factory").isNotNull();
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

    private static List<CommandSpec> allSpecs() {
        List<CommandSpec> specs = new ArrayList<>();
        for (CommandSpec spec : CommandTable.all()) {
            specs.add(spec);
            specs.addAll(spec.subcommands());
        }
        return specs;
    }
}
