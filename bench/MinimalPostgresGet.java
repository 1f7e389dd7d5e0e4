import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;

/**
 * The floor of a get on PostgreSQL from a fresh JVM: only the driver's login (password from PGPASSWORD, so SCRAM
 * where the server asks for it) and the one select a get runs, nothing of ProntoDB.
 * Usage: java -cp min.jar:postgresql.jar MinimalPostgresGet HOST PORT DATABASE USER
 */
public class MinimalPostgresGet {
    public static void main(String[] args) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", args[3]);
        properties.setProperty("password", System.getenv("PGPASSWORD"));
        properties.setProperty("assumeMinServerVersion", "13");
        String url = "jdbc:postgresql://" + args[0] + ":" + args[1] + "/" + args[2];
        try (Connection connection = new org.postgresql.Driver().connect(url, properties);
             PreparedStatement select = connection.prepareStatement(
                     "SELECT value FROM kv WHERE project = ? AND namespace = ? AND key = ? AND context = ?")) {
            select.setString(1, "p");
            select.setString(2, "n");
            select.setString(3, "k");
            select.setString(4, "");
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                System.out.write(rs.getBytes(1));
                System.out.println();
            }
        }
    }
}
