package shabaka;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.cli.AdminTool;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j 5 community server for development and tests, without Docker: the DBMS of the org.neo4j:neo4j
 * artifact with its Bolt connector on 127.0.0.1 only.
 *
 * <pre>
 * java -jar neo4j-local.jar serve --dir ./neo4j-data [--port 7687] [--stop-on-eof]
 * java -jar neo4j-local.jar admin --dir ./neo4j-data database import full ...   (neo4j-admin, server stopped)
 * </pre>
 *
 * User and password come from NEO4J_USER (default neo4j) and NEO4J_PASSWORD, the variables the shabaka
 * store reads; without NEO4J_PASSWORD authentication is off. Port 0 takes a free port. When the server
 * answers, one line "bolt://127.0.0.1:PORT" goes to stdout; everything else goes to stderr. SIGTERM (or,
 * with --stop-on-eof, the end of stdin, so a test runner that dies takes the server with it) shuts
 * the DBMS down cleanly: the transaction log is flushed and the store checkpointed.
 */
public final class Neo4jLocal {
  private Neo4jLocal() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !(args[0].equals("serve") || args[0].equals("admin"))) usage("expected serve or admin");
    if (args[0].equals("admin")) {
      if (args.length < 3 || !args[1].equals("--dir")) usage("admin needs --dir DIR first");
      admin(Path.of(args[2]).toAbsolutePath(), java.util.Arrays.copyOfRange(args, 3, args.length));
      return;
    }
    Path dir = null;
    int port = 7687;
    boolean stopOnEof = false;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--dir" -> dir = Path.of(value(args, ++i, "--dir")).toAbsolutePath();
        case "--port" -> port = port(value(args, ++i, "--port"));
        case "--stop-on-eof" -> stopOnEof = true;
        default -> usage("unknown option " + args[i]);
      }
    }
    if (dir == null) usage("--dir is required");
    Files.createDirectories(dir);
    serve(dir, port, stopOnEof);
  }

  private static void serve(Path dir, int port, boolean stopOnEof) throws Exception {
    String user = env("NEO4J_USER", "neo4j");
    String password = env("NEO4J_PASSWORD", "");
    boolean auth = !password.isEmpty();
    long started = System.nanoTime();
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(GraphDatabaseSettings.auth_enabled, auth)
        .setConfig(GraphDatabaseSettings.pagecache_memory, bytes(env("NEO4J_LOCAL_PAGECACHE", "256m")))
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
        .build();
    AtomicBoolean stopped = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(1);
    Runnable stop = () -> {
      if (stopped.compareAndSet(false, true)) {
        System.err.println("neo4j-local: stopping");
        dbms.shutdown();
        System.err.println("neo4j-local: stopped");
        done.countDown();
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-local-shutdown"));
    int bolt;
    try {
      if (auth) setPassword(dbms, user, password);
      GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      bolt = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT).getPort();
    } catch (RuntimeException e) {
      // The DBMS's threads would keep the JVM alive: a launcher that cannot finish starting must exit.
      System.err.println("neo4j-local: could not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    System.err.printf("neo4j-local: Neo4j %s community, data in %s, %s, ready in %.1f s%n",
        org.neo4j.kernel.internal.Version.getNeo4jVersion(), dir,
        auth ? "user " + user + " with NEO4J_PASSWORD" : "authentication OFF (no NEO4J_PASSWORD): any user and password are accepted",
        (System.nanoTime() - started) / 1e9);
    System.out.println("bolt://127.0.0.1:" + bolt);
    System.out.flush();
    if (stopOnEof) {
      Thread watcher = new Thread(() -> {
        try (InputStream in = System.in) {
          while (in.read() >= 0) { /* the parent writes nothing; EOF means it has gone */ }
        } catch (IOException ignored) { /* treated as EOF */ }
        System.exit(0);
      }, "neo4j-local-stdin");
      watcher.setDaemon(true);
      watcher.start();
    }
    done.await();
  }

  /** Community edition has users without roles: set (or create) the one the store logs in as. */
  private static void setPassword(DatabaseManagementService dbms, String user, String password) {
    var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    Map<String, Object> params = Map.of("user", user, "password", password);
    if (!user.equals("neo4j")) system.executeTransactionally("CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
    try {
      system.executeTransactionally("ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
    } catch (QueryExecutionException e) {
      // A restart with the same password: Neo4j refuses to "change" it to itself, which is what we want.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
    }
  }

  /** neo4j-admin over the same folder, for `database import full` of the CSV export (Neo4j stopped). */
  private static void admin(Path dir, String[] rest) {
    System.setProperty("NEO4J_HOME", dir.toString());
    Path conf = dir.resolve("conf");
    try {
      Files.createDirectories(conf);
      if (!Files.exists(conf.resolve("neo4j.conf"))) Files.writeString(conf.resolve("neo4j.conf"), "");
    } catch (IOException e) {
      throw new RuntimeException("cannot write " + conf + ": " + e.getMessage(), e);
    }
    int code = AdminTool.execute(new org.neo4j.cli.ExecutionContext(dir, conf), rest);
    System.exit(code);
  }

  private static long bytes(String s) {
    String t = s.trim().toLowerCase();
    long unit = t.endsWith("g") ? 1L << 30 : t.endsWith("m") ? 1L << 20 : t.endsWith("k") ? 1L << 10 : 1;
    return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
  }

  private static int port(String s) {
    try {
      int p = Integer.parseInt(s);
      if (p < 0 || p > 65535) throw new NumberFormatException();
      return p;
    } catch (NumberFormatException e) {
      usage("--port must be 0 (a free port) to 65535, got " + s);
      return -1;
    }
  }

  private static String value(String[] args, int i, String name) {
    if (i >= args.length) usage(name + " needs a value");
    return args[i];
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? fallback : v;
  }

  private static void usage(String problem) {
    System.err.println("neo4j-local: " + problem);
    System.err.println("usage: java -jar neo4j-local.jar serve --dir DIR [--port N] [--stop-on-eof]");
    System.err.println("       java -jar neo4j-local.jar admin --dir DIR <neo4j-admin arguments>");
    System.exit(2);
  }
}
