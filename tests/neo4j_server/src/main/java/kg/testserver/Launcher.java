package kg.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Test-only Neo4j Community server: the embedded database plus its Bolt connector, in this JVM.
 *
 * <pre>java -Xmx1g -jar neo4j-test-server.jar [PORT] [HOME]</pre>
 *
 * PORT 0 or absent: a free loopback port is picked. HOME absent: a temp dir, deleted on exit
 * (a given HOME too with {@code -Dkg.testserver.deleteHome=true}, once the server has started).
 * Prints exactly one line {@code NEO4J_READY bolt://127.0.0.1:PORT} on stdout once Bolt accepts
 * connections (everything else goes to stderr), and shuts the database down and exits when
 * stdin reaches EOF (or on SIGTERM/SIGINT, through a shutdown hook).
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";

    private static DatabaseManagementService service;
    private static boolean stopped;
    private static volatile Path homeToDelete;

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        // Keep stdout for the single READY line: anything Neo4j (or log4j) prints goes to stderr.
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.setOut(System.err);

        int port;
        Path home;
        try {
            port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
            if (port < 0 || port > 65535) {
                throw new NumberFormatException("out of range");
            }
        } catch (NumberFormatException e) {
            System.err.println("usage: java -jar neo4j-test-server.jar [PORT] [HOME]  (bad port '" + args[0] + "')");
            System.exit(64);
            return;
        }
        if (args.length > 1) {
            home = Paths.get(args[1]).toAbsolutePath();
            Files.createDirectories(home);
        } else {
            homeToDelete = Files.createTempDirectory("neo4j-test-home-");
            home = homeToDelete;
        }
        if (port == 0) {
            port = freePort();
        }

        // Shading drops the per-jar manifests Neo4j reads its version from ("dev" otherwise).
        String version = neo4jVersion();
        if (version != null && System.getProperty("internal.neo4j.custom.version") == null) {
            System.setProperty("internal.neo4j.custom.version", version);
        }

        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "neo4j-test-server-shutdown"));

        long t0 = System.nanoTime();
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // small, test-friendly memory and disk footprint
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                    .setConfig(GraphDatabaseSettings.tx_state_memory_allocation,
                            GraphDatabaseSettings.TransactionStateMemoryAllocation.ON_HEAP)
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(600))
                    .setConfig(GraphDatabaseSettings.query_cache_size, 200)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                    // Bolt's graceful shutdown otherwise idles ~10 s (netty quiet period + pool waits)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            db.executeTransactionally("RETURN 1");
            awaitPort(port, Duration.ofSeconds(60));
        } catch (Throwable t) {
            t.printStackTrace(System.err);
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            // last line of stderr, for the harness's error message
            System.err.println("NEO4J_FAILED " + t + (root != t ? " | root cause: " + root : ""));
            System.exit(2);
            return;
        }
        System.err.printf("neo4j-test-server: started in %d ms, home %s%n",
                (System.nanoTime() - t0) / 1_000_000, home);
        if (Boolean.getBoolean("kg.testserver.deleteHome")) {
            homeToDelete = home; // the parent may die without cleaning up; logs of a failed start are kept
        }
        out.println("NEO4J_READY bolt://" + HOST + ":" + port);
        out.flush();

        // Block until stdin closes: the parent (test harness) going away stops the server too.
        InputStream in = System.in;
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) != -1) {
                // ignore input
            }
        } catch (IOException ignored) {
            // treat as EOF
        }
        System.err.println("neo4j-test-server: stdin closed, shutting down");
        shutdown();
        System.exit(0);
    }

    private static synchronized void shutdown() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (service != null) {
            try {
                service.shutdown();
                System.err.println("neo4j-test-server: database shut down");
            } catch (Throwable t) {
                System.err.println("neo4j-test-server: shutdown failed: " + t);
            }
        }
        if (homeToDelete != null) {
            deleteTree(homeToDelete);
        }
    }

    private static String neo4jVersion() {
        try (InputStream in = Launcher.class.getResourceAsStream(
                "/META-INF/maven/org.neo4j/neo4j-kernel/pom.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt port " + port + " not accepting connections", e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }
}
