package io.github.liaisonsdk.examples;

import com.nimbusds.jose.jwk.JWKSet;
import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.policy.StandardPacks;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * How an MIS talks to Liaison SDK over HTTP and JSON, secure by default: every request carries a signed bearer
 * token (JWT), and the facts that grant access come from the school's records, never from the request.
 *
 * <p>Two identities call the service, each with its own keys. <b>Staff</b> present a token whose subject
 * ({@code sub}) is their staff id; they act in their own name only. The <b>directory synchronisation</b> presents
 * a token signed with the directory key, whose subject is the configured system id; it alone writes staff (their
 * posts, from the MIS's role names, which the policy pack maps) and pupils. No staff token reaches a directory
 * route, so no one, the headteacher included, changes their own posts or anyone's (403, HSL-9 / HSL-4).
 *
 * <pre>
 * directory synchronisation (directory token)
 * PUT  /directory/staff/{id}          {"misRoles": [..], "lineManager"?, "displayName"?}   200
 * PUT  /directory/pupils/{id}         a Pupil with that id                                   200
 * staff (staff token; the caller is the token's subject)
 * POST /plans                         a LiaisonPlan version approved by the caller (approvedBy left out or the
 *                                     caller), a headship member (LP36-4)                  201
 * POST /consultations                 a ConsultationRecord, consulted by the caller         201
 * POST /contacts                      a ContactRecord by the caller (checked against its plan)  201
 * GET  /contacts/{id}                 the record as the caller may see it (HSL-9)
 * GET  /pupils/{id}/chronology        the chronology as the caller may see it
 * POST /decisions                     a SharingRequest made by the caller (facts come from the records)  200
 * POST /external-contacts             {"caseId", "pupil", "onSchoolBusiness", "circumstances", "plannedFor"?}  201
 * POST /external-contacts/{id}/review a HeadReview by the caller (HSL-7)                   201
 * POST /external-contacts/{id}/log    the liaison-form ContactRecord (HSL-8)               201
 * GET  /reports/monitoring?from=&amp;to=  the monitoring report, for the headship (LP36-7)
 * anyone (no token)
 * GET  /openapi.json                  the OpenAPI 3.1 document of these routes (routes, never records)
 * </pre>
 *
 * <p>Refusals are JSON errors: 401 with {@code WWW-Authenticate: Bearer} and the token rule broken (never the
 * token's content); 400 naming each path and rule (strict UTF-8 and strict JSON: no unknown field, no key twice,
 * no trailing content); 403 with the clauses; 404 also for what the caller may not know exists; 405; 408 for a
 * body that stalls; 409; 413 over {@link #MAX_BODY}; 415 for a body that is not {@code application/json}. A request
 * that still names its caller in the old {@code X-MIS-User} header is refused (400).
 *
 * <p>Under slow and hostile clients (Jetty 12): header size and body size are bounded; headers are parsed and
 * bodies read without holding a thread, so stalled clients cost connections, not workers; the idle timeout closes a
 * stalled connection; a deadline bounds each request's body; connections (and so queued work) are bounded, and at
 * the limit every connection's idle timeout drops to a second. TLS is the vendor's, in front.
 *
 * <p>Thread-safe. Build with {@link #builder(Liaison)}; close to stop. Every parameter of this class and its builder
 * is non-null unless marked {@code @Nullable}; a null is refused with a {@link NullPointerException} naming it.
 */
public final class MisIntegrationService implements AutoCloseable {
  /** The largest request body accepted, in bytes. */
  public static final int MAX_BODY = 1 << 20;

  /** The largest request line plus headers accepted, in bytes (431 beyond). */
  public static final int MAX_HEADERS = 16 * 1024;

  private final Server server;
  private final ServerConnector connector;
  private final MisRoutes routes;

  private MisIntegrationService(Server server, ServerConnector connector, MisRoutes routes) {
    this.server = server;
    this.connector = connector;
    this.routes = routes;
  }

  /** The routes this service serves, one row each, as its handler dispatches them (for the OpenAPI test). */
  List<MisRoutes.Route> routes() {
    return routes.routes();
  }

  /**
   * Starts configuring a service over a facade.
   *
   * @param liaison the facade to serve; not null
   * @return a builder
   */
  public static Builder builder(Liaison liaison) {
    return new Builder(Objects.requireNonNull(liaison, "liaison"));
  }

  /**
   * Runs the service from environment variables (see the README section on the MIS integration service) on the
   * JDBC adapter: an H2 file by default, PostgreSQL when {@code LIAISON_JDBC_URL} names one. Refuses to start,
   * with a message saying what to set, when no keys are configured.
   *
   * @param args unused
   * @throws Exception if the store or the port cannot be opened
   */
  public static void main(String[] args) throws Exception {
    // Hibernate Validator logs through JBoss Logging: send it to SLF4J, with the rest.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    MisSettings settings;
    try {
      settings = MisSettings.from(System.getenv());
    } catch (RuntimeException notConfigured) {
      System.err.println("MIS integration service not started: " + notConfigured.getMessage());
      System.exit(2);
      return;
    }
    MisDatabase database = settings.openDatabase();
    Liaison liaison =
        Liaison.builder()
            .pack(StandardPacks.lp36())
            .store(database.school(settings.school()))
            .build();
    MisIntegrationService service;
    try {
      service = settings.configure(builder(liaison)).start();
    } catch (IllegalArgumentException | IllegalStateException badKeys) {
      // A key configuration the builder refuses (one key for both identities, a short secret):
      // said, not thrown.
      database.close();
      System.err.println("MIS integration service not started: " + badKeys.getMessage());
      System.exit(2);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  database.close();
                },
                "mis-shutdown"));
    System.out.println(
        "MIS integration service listening on "
            + service.baseUri()
            + " over "
            + database
            + "; staff and pupils arrive through PUT /directory/... with a directory token. Stop with Ctrl-C.");
  }

  /**
   * Where the service listens.
   *
   * @return the base URI, such as {@code http://127.0.0.1:8080}
   */
  public URI baseUri() {
    String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
    return URI.create("http://" + host + ":" + connector.getLocalPort());
  }

  /** Stops accepting, closes every connection and stops the workers. Idempotent. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping is best effort; the type alone is worth a line.
      org.slf4j.LoggerFactory.getLogger(MisIntegrationService.class)
          .warn("stopping failed with {}", e.getClass().getName());
    }
  }

  /**
   * Configures a {@link MisIntegrationService}. The staff keys, the directory keys and the audience are required;
   * the rest has safe defaults. Not thread-safe; the service it starts is.
   */
  public static final class Builder {
    private final Liaison liaison;
    private InetSocketAddress address = new InetSocketAddress("127.0.0.1", 8080);
    private @Nullable JWKSet staffKeys;
    private @Nullable JWKSet directoryKeys;
    private @Nullable String audience;
    private @Nullable String issuer;
    private String directorySubject = "mis-directory-sync";
    private Clock clock = Clock.systemUTC();
    private Duration idleTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private int maxThreads = 32;
    private int maxConnections = 1_000;

    private Builder(Liaison liaison) {
      this.liaison = liaison;
    }

    /**
     * Where to listen.
     *
     * @param address for example {@code 127.0.0.1:0} for any free loopback port; loopback 8080 if not set
     * @return this
     */
    public Builder address(InetSocketAddress address) {
      this.address = Objects.requireNonNull(address, "address");
      return this;
    }

    /**
     * The keys that verify staff tokens: public RSA or EC keys, or HMAC secrets, each naming its algorithm
     * ({@code alg}). Several keys allow rotation; a token naming a key id ({@code kid}) is checked with that key.
     *
     * @param keys at least one key, none shared with the directory keys
     * @return this
     */
    public Builder staffKeys(JWKSet keys) {
      this.staffKeys = Objects.requireNonNull(keys, "staff keys");
      return this;
    }

    /**
     * The keys that verify the directory synchronisation's tokens, distinct from the staff keys.
     *
     * @param keys at least one key, each naming its algorithm
     * @return this
     */
    public Builder directoryKeys(JWKSet keys) {
      this.directoryKeys = Objects.requireNonNull(keys, "directory keys");
      return this;
    }

    /**
     * The audience every token must name in {@code aud}.
     *
     * @param audience not blank
     * @return this
     */
    public Builder audience(String audience) {
      this.audience = Objects.requireNonNull(audience, "audience");
      return this;
    }

    /**
     * The issuer every token must name in {@code iss}; tokens are not checked for an issuer if not set.
     *
     * @param issuer the issuer, or null for none
     * @return this
     */
    public Builder issuer(@Nullable String issuer) {
      this.issuer = issuer;
      return this;
    }

    /**
     * The subject of the directory synchronisation's tokens; no member of staff may have it as their id.
     *
     * @param subject {@code mis-directory-sync} if not set
     * @return this
     */
    public Builder directorySubject(String subject) {
      this.directorySubject = Objects.requireNonNull(subject, "directory subject");
      return this;
    }

    /**
     * The clock tokens' {@code exp}, {@code nbf} and {@code iat} are checked against.
     *
     * @param clock the system UTC clock if not set
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How long a connection may be silent, a stalled request body included, before the server closes it.
     *
     * @param timeout 10 s if not set
     * @return this
     */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive(timeout, "idle timeout");
      return this;
    }

    /**
     * How long a request body may take to arrive in full, however it trickles (408 beyond).
     *
     * @param timeout 30 s if not set
     * @return this
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "request timeout");
      return this;
    }

    /**
     * The most threads the server runs, for the network and for the facade's work.
     *
     * @param threads at least 8; 32 if not set
     * @return this
     */
    public Builder maxThreads(int threads) {
      if (threads < 8) {
        throw new IllegalArgumentException("at least 8 threads: the network needs some of them");
      }
      this.maxThreads = threads;
      return this;
    }

    /**
     * The most connections open at once; beyond it the server stops accepting until some close.
     *
     * @param connections at least 1; 1,000 if not set
     * @return this
     */
    public Builder maxConnections(int connections) {
      if (connections < 1) {
        throw new IllegalArgumentException("at least one connection");
      }
      this.maxConnections = connections;
      return this;
    }

    /**
     * Checks the configuration and starts listening.
     *
     * @return the running service
     * @throws IllegalStateException if a required setting is missing
     * @throws IllegalArgumentException if a key does not fit its algorithm, or a key is shared by both identities
     * @throws java.io.IOException if the address cannot be bound
     */
    public MisIntegrationService start() throws java.io.IOException {
      if (staffKeys == null || directoryKeys == null || audience == null) {
        throw new IllegalStateException(
            "the staff keys, the directory keys and the audience are required");
      }
      BearerTokens tokens =
          new BearerTokens(staffKeys, directoryKeys, audience, issuer, directorySubject, clock);
      // Jetty's own (unbounded) job queue: Jetty needs it for its internal jobs. It is bounded all
      // the same, by the
      // connection limit: an HTTP/1.1 connection has at most one request in flight, so at most one
      // queued job.
      QueuedThreadPool threads = new QueuedThreadPool(maxThreads, Math.min(8, maxThreads));
      threads.setName("mis-http");
      Server server = new Server(threads);
      HttpConfiguration http = new HttpConfiguration();
      http.setRequestHeaderSize(MAX_HEADERS);
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);
      ServerConnector connector =
          new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
      connector.setHost(address.getHostString());
      connector.setPort(address.getPort());
      connector.setIdleTimeout(idleTimeout.toMillis());
      server.addConnector(connector);
      // At the limit Jetty stops accepting and cuts every open connection's idle timeout to a
      // second, so the slow
      // and the silent (a client trickling its headers, say) make room first.
      NetworkConnectionLimit limit = new NetworkConnectionLimit(maxConnections, connector);
      limit.setEndPointIdleTimeout(1_000);
      server.addBean(limit);
      server.setErrorHandler(new MisHttpHandler.JsonErrors());
      MisRoutes routes = new MisRoutes(liaison, directorySubject);
      server.setHandler(new MisHttpHandler(tokens, routes, threads, requestTimeout));
      server.setStopTimeout(2_000);
      try {
        server.start();
      } catch (java.io.IOException e) {
        stopQuietly(server);
        throw e;
      } catch (Exception e) {
        stopQuietly(server);
        throw new java.io.IOException(
            "the HTTP server did not start: " + e.getClass().getSimpleName(), e);
      }
      return new MisIntegrationService(server, connector, routes);
    }

    private static void stopQuietly(Server server) {
      try {
        server.stop();
      } catch (Exception ignored) {
        // Already failing to start: the start's failure is the one to report.
      }
    }

    private static Duration positive(Duration value, String name) {
      if (Objects.requireNonNull(value, name).isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }
  }
}
