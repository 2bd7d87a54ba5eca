import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts Neo4j Community in this JVM with only the Bolt connector, bound to loopback.
 *
 * Usage: java [jvm flags] -cp 'lib/*' Neo4jLauncher.java --data DIR --port N [--pagecache 256m] [--tx-timeout 30s]
 *
 * Prints exactly one line starting with NEO4J_READY once Bolt accepts connections, and shuts the
 * database down cleanly on SIGTERM/SIGINT (JVM shutdown hook) or when its parent goes away
 * (standard input reaches end-of-file, which happens however the parent dies, SIGKILL included).
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path data = Path.of(require(options, "data")).toAbsolutePath();
        int port = Integer.parseInt(require(options, "port"));
        long pageCache = bytes(options.getOrDefault("pagecache", "256m"));
        Duration txTimeout = Duration.ofMillis(bytes(options.getOrDefault("tx-timeout-ms", "60000")));
        Files.createDirectories(data);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Bolt's network threads otherwise wait out a 5 s quiet period twice on shutdown.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            System.err.println("NEO4J_FAILED database did not become available within 2 minutes");
            System.exit(1);
        }
        watchParent();
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port + " data=" + data);
        System.out.flush();
        stopped.await();
    }

    /** Exits (running the shutdown hook) when stdin closes: the parent process is gone. */
    private static void watchParent() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                    // The parent never writes; anything read is ignored.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as end-of-file.
            }
            System.exit(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    /** "256m" → bytes; a plain number is returned as is. */
    private static long bytes(String value) {
        String v = value.trim().toLowerCase();
        long unit = 1;
        if (v.endsWith("k")) unit = 1L << 10;
        else if (v.endsWith("m")) unit = 1L << 20;
        else if (v.endsWith("g")) unit = 1L << 30;
        if (unit != 1) v = v.substring(0, v.length() - 1);
        return Long.parseLong(v) * unit;
    }
}
