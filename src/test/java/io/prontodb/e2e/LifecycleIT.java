package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.prontodb.testing.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 8: install and uninstall; the admin user install seeds, on every backend. */
@OnEveryBackend
class LifecycleIT {
    @TempDir
    Path home;

    @Test
    void installTwiceRunInstalledLauncherUninstallKeepsDataPurgeRemovesIt() throws Exception {
        assumeTrue(Backend.current == Backend.SQLITE, "the database file's lifecycle");
        Launcher launcher = new Launcher(home);
        Path link = home.resolve(".local/bin/prontodb");

        launcher.env.put("PRONTO_ADMIN_PASS", "installed-secret");
        Result first = launcher.run("install");
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.stderr()).as("seeded from PRONTO_ADMIN_PASS, so no default-password warning")
                .doesNotContain("default password");
        launcher.env.remove("PRONTO_ADMIN_PASS");
        assertThat(launcher.run("admin", "list-users").stdout()).isEqualTo("admin\n");
        Result login = launcher.runWithStdin("installed-secret\n", "login", "admin");
        assertThat(login.code()).as("the seeded admin logs in: " + login).isZero();
        Result second = launcher.run("install");
        assertThat(second.code()).as("idempotent: " + second).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(home.resolve("config/prontodb/pronto.conf"))).contains("#busy_timeout_ms=5000");
        assertThat(Files.getPosixFilePermissions(launcher.database()).toString()).doesNotContain("GROUP", "OTHERS");
        assertThat(Files.getPosixFilePermissions(home.resolve("data/prontodb")).toString()).doesNotContain("GROUP", "OTHERS");

        Path app = home.resolve("data/prontodb/app");
        assertThat(app.resolve("prontodb.jar")).isRegularFile();
        assertThat(app.resolve("pom.xml")).doesNotExist();
        Result set = launcher.run(link, null, "set", "app.cfg.color", "blue");
        assertThat(set.code()).as(set.toString()).isZero();
        assertThat(set.stderr()).doesNotContain("building");
        assertThat(launcher.run(link, null, "get", "app.cfg.color").stdout()).isEqualTo("blue\n");

        Files.delete(app.resolve("prontodb.jar"));
        assertThat(launcher.run("install").code()).as("repairs a missing file").isZero();
        assertThat(launcher.run(link, null, "get", "app.cfg.color").stdout()).isEqualTo("blue\n");

        Result uninstall = launcher.run(link, null, "uninstall");
        assertThat(uninstall.code()).as(uninstall.toString()).isZero();
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(app).doesNotExist();
        assertThat(launcher.run("get", "app.cfg.color").stdout()).as("data kept").isEqualTo("blue\n");

        Result unconfirmed = launcher.run("uninstall", "--purge");
        assertThat(unconfirmed.code()).isEqualTo(64);
        assertThat(unconfirmed.stderr()).contains("--yes");
        assertThat(launcher.database()).exists();

        assertThat(launcher.run("uninstall", "--purge", "--yes").code()).isZero();
        assertThat(home.resolve("data/prontodb")).doesNotExist();
        assertThat(home.resolve("config/prontodb")).doesNotExist();
    }

    @Test
    void onPostgresqlInstallCreatesTheTablesAndAdminAndUninstallNeverDropsThem() {
        assumeTrue(Backend.current == Backend.POSTGRES, "a PostgreSQL target");
        Launcher launcher = new Launcher(home);
        launcher.env.put("PRONTO_ADMIN_PASS", "installed-secret");
        Result install = launcher.run("install");
        assertThat(install.code()).as(install.toString()).isZero();
        assertThat(install.stderr()).contains("database: " + launcher.env.get("PRONTO_DB"))
                .doesNotContain("default password");
        assertThat(Db.rows(launcher, "sec_users")).as("admin seeded by install").isEqualTo(1);
        assertThat(home.resolve("data/prontodb/pronto.db")).as("no SQLite file on the side").doesNotExist();
        launcher.env.remove("PRONTO_ADMIN_PASS");
        assertThat(launcher.runWithStdin("installed-secret\n", "login", "admin").code()).isZero();
        assertThat(launcher.run("set", "app.cfg.color", "blue").code()).isZero();

        Result purge = launcher.run("uninstall", "--purge", "--yes");
        assertThat(purge.code()).as(purge.toString()).isZero();
        assertThat(purge.stderr()).contains("is left as it is");
        assertThat(home.resolve("config/prontodb")).doesNotExist();
        assertThat(home.resolve(".local/bin/prontodb")).doesNotExist();
        assertThat(launcher.run("get", "app.cfg.color").stdout()).as("the shared database is kept").isEqualTo("blue\n");
        assertThat(launcher.run("admin", "list-users").stdout()).isEqualTo("admin\n");
    }

    @Test
    void installGivesAnAdminSeededWithTheDefaultTheChosenPassword() {
        Launcher launcher = new Launcher(home);
        assertThat(launcher.run("admin", "list-users").code()).isZero();
        assertThat(launcher.runWithStdin("pronto!\n", "login", "admin").code()).as("seeded with the default").isZero();

        launcher.env.put("PRONTO_ADMIN_PASS", "chosen-at-install");
        Result install = launcher.run("install");
        assertThat(install.code()).as(install.toString()).isZero();
        launcher.env.remove("PRONTO_ADMIN_PASS");
        assertThat(launcher.runWithStdin("chosen-at-install\n", "login", "admin").code()).isZero();
        assertThat(launcher.runWithStdin("pronto!\n", "login", "admin").code()).isEqualTo(77);
    }

    @Test
    void aShortAdminPasswordIsRefusedBeforeAnythingIsInstalled() {
        Launcher launcher = new Launcher(home);
        launcher.env.put("PRONTO_ADMIN_PASS", "abc");
        Result install = launcher.run("install");
        assertThat(install.code()).isEqualTo(64);
        assertThat(install.stderr()).contains("PRONTO_ADMIN_PASS").contains("at least 8 characters");
        assertThat(home.resolve("data/prontodb")).doesNotExist();
        assertThat(home.resolve(".local/bin/prontodb")).doesNotExist();

        Result firstUse = launcher.run("admin", "list-users");
        assertThat(firstUse.code()).as("nor is it used to seed admin").isEqualTo(64);
    }

    @Test
    void installUnderAPrefix() {
        Launcher launcher = new Launcher(home);
        Path prefix = home.resolve("opt");
        Result result = launcher.run("install", "--prefix", prefix.toString());
        assertThat(result.code()).as(result.toString()).isZero();
        Path link = prefix.resolve("bin/prontodb");
        assertThat(launcher.run(link, null, "version").stdout()).startsWith("prontodb ");
        assertThat(home.resolve(".local/bin/prontodb")).doesNotExist();
        assertThat(launcher.run("uninstall", "--prefix", prefix.toString()).code()).isZero();
        assertThat(prefix.resolve("lib/prontodb")).doesNotExist();
    }
}
