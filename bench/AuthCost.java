import io.prontodb.address.NamespaceRef;
import io.prontodb.security.Credentials;
import io.prontodb.security.IssuedSecret;
import io.prontodb.security.Security;
import io.prontodb.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What authentication adds to one call, measured inside a fresh JVM as the CLI pays it (cold: class loading
 * included), without the JVM start, database open and first query that every call pays anyway.
 * Usage: java -cp 'target/prontodb.jar:target/lib/*' bench/AuthCost.java DB apikey|session|password SECRET [USER]
 */
public class AuthCost {
    public static void main(String[] args) {
        try (SqliteStore store = SqliteStore.open(Path.of(args[0]), 5000)) {
            Credentials credentials = switch (args[1]) {
                case "apikey" -> new Credentials.ApiKey(args[2]);
                case "session" -> new Credentials.SessionToken(args[2]);
                default -> new Credentials.Password(args[3], args[2].toCharArray());
            };
            store.settings(new NamespaceRef("bench", "data")); // the first query of every call, auth or not
            long start = System.nanoTime();
            Security.open(store.credentials(), Clock.systemUTC(), null).authenticate(credentials);
            System.out.printf("%.2f%n", (System.nanoTime() - start) / 1e6);
        }
    }
}
