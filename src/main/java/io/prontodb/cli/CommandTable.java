package io.prontodb.cli;

import io.prontodb.cli.command.ApiKeyCommands;
import io.prontodb.cli.command.BackupCommand;
import io.prontodb.cli.command.CacheCommands;
import io.prontodb.cli.command.CompletionCommand;
import io.prontodb.cli.command.CopyCommand;
import io.prontodb.cli.command.CursorCommands;
import io.prontodb.cli.command.DelCommand;
import io.prontodb.cli.command.DropCommands;
import io.prontodb.cli.command.ExportCommand;
import io.prontodb.cli.command.ExportFsCommand;
import io.prontodb.cli.command.GetCommand;
import io.prontodb.cli.command.HelpCommand;
import io.prontodb.cli.command.ImportCommand;
import io.prontodb.cli.command.ImportFsCommand;
import io.prontodb.cli.command.InstallCommand;
import io.prontodb.cli.command.KeysCommand;
import io.prontodb.cli.command.LoginCommand;
import io.prontodb.cli.command.LogoutCommand;
import io.prontodb.cli.command.MoveCommand;
import io.prontodb.cli.command.NamespacesCommand;
import io.prontodb.cli.command.NssCommand;
import io.prontodb.cli.command.ProjectsCommand;
import io.prontodb.cli.command.RestoreCommand;
import io.prontodb.cli.command.ScanCommand;
import io.prontodb.cli.command.ServeCommand;
import io.prontodb.cli.command.SetCommand;
import io.prontodb.cli.command.StreamCommand;
import io.prontodb.cli.command.TtlCommand;
import io.prontodb.cli.command.UninstallCommand;
import io.prontodb.cli.command.UserCommands;
import io.prontodb.cli.command.VersionCommand;
import java.util.List;

/**
 * The one ordered table of commands: name (and aliases) to a supplier. It drives dispatch, help and the generated
 * docs/cli.md. The suppliers are lambdas whose bodies name the command class, so only the command that runs is loaded.
 */
public final class CommandTable {
    private static final List<CommandSpec> COMMANDS = List.of(
            CommandSpec.of("set", () -> new SetCommand()),
            CommandSpec.of("get", () -> new GetCommand()),
            CommandSpec.of("del", () -> new DelCommand()),
            CommandSpec.of("copy", () -> new CopyCommand()),
            CommandSpec.of("move", () -> new MoveCommand()),
            CommandSpec.of("keys", List.of("ls"), () -> new KeysCommand()),
            CommandSpec.of("scan", () -> new ScanCommand()),
            CommandSpec.of("ttl", () -> new TtlCommand()),
            CommandSpec.of("projects", () -> new ProjectsCommand()),
            CommandSpec.of("namespaces", () -> new NamespacesCommand()),
            CommandSpec.of("nss", () -> new NssCommand()),
            CommandSpec.of("stream", () -> new StreamCommand()),
            CommandSpec.of("login", () -> new LoginCommand()),
            CommandSpec.of("logout", () -> new LogoutCommand()),
            CommandSpec.group("admin", "administration: TTL caches, drops, users, API keys", List.of(
                    CommandSpec.of("create-cache", () -> new CacheCommands.Create()),
                    CommandSpec.of("set-cache", () -> new CacheCommands.Update()),
                    CommandSpec.of("drop-cache", () -> new CacheCommands.Drop()),
                    CommandSpec.of("drop-namespace", () -> new DropCommands.Namespace()),
                    CommandSpec.of("drop-project", () -> new DropCommands.Project()),
                    CommandSpec.of("gc", () -> new CacheCommands.Gc()),
                    CommandSpec.of("create-user", () -> new UserCommands.Create()),
                    CommandSpec.of("passwd", () -> new UserCommands.Passwd()),
                    CommandSpec.of("delete-user", () -> new UserCommands.Delete()),
                    CommandSpec.of("list-users", () -> new UserCommands.List()),
                    CommandSpec.of("create-apikey", () -> new ApiKeyCommands.Create()),
                    CommandSpec.of("list-apikeys", () -> new ApiKeyCommands.List()),
                    CommandSpec.of("revoke-apikey", () -> new ApiKeyCommands.Revoke()))),
            CommandSpec.of("serve", () -> new ServeCommand()),
            CommandSpec.group("cursor", "named targets with default project and namespace", List.of(
                    CommandSpec.of("set", () -> new CursorCommands.Set()),
                    CommandSpec.of("list", () -> new CursorCommands.List()),
                    CommandSpec.of("use", () -> new CursorCommands.Use()),
                    CommandSpec.of("active", () -> new CursorCommands.Active()),
                    CommandSpec.of("delete", () -> new CursorCommands.Delete()))),
            CommandSpec.of("install", () -> new InstallCommand()),
            CommandSpec.of("uninstall", () -> new UninstallCommand()),
            CommandSpec.of("backup", () -> new BackupCommand()),
            CommandSpec.of("restore", () -> new RestoreCommand()),
            CommandSpec.of("export", () -> new ExportCommand()),
            CommandSpec.of("import", () -> new ImportCommand()),
            CommandSpec.of("export-fs", () -> new ExportFsCommand()),
            CommandSpec.of("import-fs", () -> new ImportFsCommand()),
            CommandSpec.of("completion", () -> new CompletionCommand()),
            CommandSpec.of("help", () -> new HelpCommand()),
            CommandSpec.of("version", () -> new VersionCommand()));

    private CommandTable() {
    }

    public static List<CommandSpec> all() {
        return COMMANDS;
    }

    public static CommandSpec find(String word) {
        for (CommandSpec spec : COMMANDS) {
            if (spec.answersTo(word)) {
                return spec;
            }
        }
        return null;
    }
}
