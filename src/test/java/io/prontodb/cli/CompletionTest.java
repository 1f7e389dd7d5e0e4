package io.prontodb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionTest {

    @Test
    void operandKindsAreReadFromTheSynopses() {
        assertThat(Completion.operandKinds(null, CommandTable.find("get"))).containsExactly("address");
        assertThat(Completion.operandKinds(null, CommandTable.find("copy"))).containsExactly("address", "address");
        assertThat(Completion.operandKinds(null, CommandTable.find("export"))).containsExactly("address");
        assertThat(Completion.operandKinds(null, CommandTable.find("namespaces"))).containsExactly("project");
        assertThat(Completion.operandKinds(null, CommandTable.find("restore"))).containsExactly("file");
        assertThat(Completion.operandKinds(null, CommandTable.find("help"))).containsExactly("command", null);
        CommandSpec cursor = CommandTable.find("cursor");
        assertThat(Completion.operandKinds(cursor, cursor.subcommand("use"))).containsExactly("cursor");
        CommandSpec admin = CommandTable.find("admin");
        assertThat(Completion.operandKinds(admin, admin.subcommand("drop-project"))).containsExactly("project");
        assertThat(Completion.operandKinds(admin, admin.subcommand("create-user"))).containsOnlyNulls();
    }

    @Test
    void everyCommandSubcommandAndFlagIsInTheScript() {
        String script = Completion.bash();
        for (CommandSpec spec : CommandTable.all()) {
            assertThat(script).contains("\"" + spec.name() + " ");
            for (CommandSpec sub : spec.subcommands()) {
                assertThat(script).contains("\"" + spec.name() + " " + sub.name() + "\"");
            }
            for (Flag flag : spec.flags()) {
                assertThat(script).contains(flag.longName);
            }
        }
        List<String> zshLines = Arrays.asList(Completion.zsh().split("\n"));
        assertThat(zshLines.get(0)).isEqualTo("#compdef prontodb");
        assertThat(Completion.zsh()).contains(script.substring(script.indexOf("_prontodb_query()")));
    }
}
