package io.github.liaisonsdk.examples;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the service, on Jetty's core API: protocol checks, the bearer token, the body, the answer.
 *
 * <p>Order matters for what a hostile client can cost. The method, the trusted-header rule and the token are checked
 * on the headers alone (the public OpenAPI document is answered before the token, and its body never read), before a byte of body is read; then the content type and the declared length. The body is
 * read without holding a thread: the handler asks Jetty to call back when bytes arrive, so a client that stalls
 * costs one idle connection, not a worker. The idle timeout closes a stalled connection; a deadline per request
 * bounds one that trickles. Only a complete body goes to a worker, for the facade.
 *
 * <p>Thread-safe: per-request state lives in the request's own objects.
 */
final class MisHttpHandler extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger(MisHttpHandler.class);
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT");
  private static final String JSON = "application/json; charset=utf-8";
  static final String REALM = "liaison-mis";

  /**
   * How much of a body over {@link MisIntegrationService#MAX_BODY} is read and dropped before the 413, so that a
   * client still sending it receives the answer instead of a reset (Tomcat's "maxSwallowSize" does the same). A
   * body declared or sent beyond it is refused at once and its connection closed.
   */
  static final long MAX_SWALLOW = 2L * MisIntegrationService.MAX_BODY;

  private final BearerTokens tokens;
  private final MisRoutes routes;
  private final Executor workers;
  private final Duration requestTimeout;

  MisHttpHandler(BearerTokens tokens, MisRoutes routes, Executor workers, Duration requestTimeout) {
    this.tokens = tokens;
    this.routes = routes;
    this.workers = workers;
    this.requestTimeout = requestTimeout;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Exchange exchange = new Exchange(response, callback);
    try {
      String method = request.getMethod();
      if (!METHODS.contains(method)) {
        response.getHeaders().put(HttpHeader.ALLOW, "GET, POST, PUT");
        throw new HttpRefusal(405, "method", "use GET, POST or PUT");
      }
      if (request.getHeaders().contains("X-MIS-User")) {
        // The header named the caller before tokens; a request still sending it is refused, never
        // half-trusted.
        throw new HttpRefusal(
            400, "header", "X-MIS-User is not trusted: the caller is the bearer token's subject");
      }
      String path = Request.getPathInContext(request);
      MisRoutes.Route open = routes.publicRoute(path).orElse(null);
      if (open != null) {
        // The OpenAPI document describes routes, never a record: served to anyone, a token present
        // or not.
        if (!open.method().equals(method)) {
          response.getHeaders().put(HttpHeader.ALLOW, open.method());
        }
        exchange.send(routes.answerPublic(open, method), bodyUnread(request));
        return true;
      }
      List<String> authorization = request.getHeaders().getValuesList(HttpHeader.AUTHORIZATION);
      if (authorization.size() > 1) {
        throw TokenRefused.because("malformed", "send one Authorization header");
      }
      Caller caller = tokens.authenticate(authorization.isEmpty() ? null : authorization.get(0));
      String query = request.getHttpURI().getQuery();
      if ("GET".equals(method)) {
        // Already on a worker (the handler blocks). A GET's body is not read: Jetty discards it, or
        // closes the
        // connection rather than wait for it.
        exchange.send(routes.answer(caller, method, path, query, new byte[0]), false);
        return true;
      }
      checkContentType(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
      long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
      if (declared > MAX_SWALLOW) {
        throw tooLarge();
      }
      readBody(request)
          .whenComplete(
              (body, failure) -> {
                if (failure != null) {
                  exchange.refuse(
                      failure instanceof HttpRefusal
                          ? (HttpRefusal) failure
                          : new HttpRefusal(
                              408, "timeout", "the request body did not arrive in time"),
                      true);
                } else if (body == null) {
                  // Over the limit but read to its end: the answer arrives, and the connection
                  // stays usable.
                  exchange.refuse(tooLarge(), false);
                } else {
                  dispatch(exchange, () -> routes.answer(caller, method, path, query, body));
                }
              });
    } catch (TokenRefused e) {
      // The rule only: the token and what it claims stay out of the log.
      LOG.debug("bearer token refused: {}", e.rule());
      exchange.unauthenticated(e, bodyUnread(request));
    } catch (HttpRefusal e) {
      exchange.refuse(e, bodyUnread(request));
    } catch (RuntimeException e) {
      exchange.send(MisRoutes.refusal(e), bodyUnread(request));
    }
    return true;
  }

  /** Refused before its body was read: the connection closes rather than wait for a body no one will read. */
  private static boolean bodyUnread(Request request) {
    return !"GET".equals(request.getMethod())
        || request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH) > 0;
  }

  private void dispatch(Exchange exchange, java.util.function.Supplier<MisRoutes.Answer> work) {
    try {
      workers.execute(() -> exchange.send(work.get(), false));
    } catch (RejectedExecutionException busy) {
      exchange.refuse(
          new HttpRefusal(503, "busy", "the service is at capacity; retry shortly"), true);
    }
  }

  private static void checkContentType(String contentType) {
    if (contentType == null) {
      throw new HttpRefusal(415, "media type", "send Content-Type: application/json");
    }
    String[] parts = contentType.split(";");
    if (!"application/json".equals(parts[0].trim().toLowerCase(Locale.ROOT))) {
      throw new HttpRefusal(415, "media type", "send Content-Type: application/json");
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim().toLowerCase(Locale.ROOT).replace("\"", "");
      if (parameter.startsWith("charset=") && !"charset=utf-8".equals(parameter)) {
        throw new HttpRefusal(
            415, "media type", "request bodies are UTF-8 (charset=utf-8 or none)");
      }
    }
  }

  private static HttpRefusal tooLarge() {
    return new HttpRefusal(
        413,
        "too large",
        "request bodies are at most " + MisIntegrationService.MAX_BODY + " bytes");
  }

  /**
   * Reads the whole body without holding a thread while it waits, within the request deadline. Completes with the
   * bytes; with null when the body was over {@link MisIntegrationService#MAX_BODY} but read to its end; fails with a
   * 413 refusal past {@link #MAX_SWALLOW}, with a 408 when the idle timeout ends a stalled read or the deadline
   * passes.
   */
  private CompletableFuture<byte[]> readBody(Request request) {
    CompletableFuture<byte[]> body = new CompletableFuture<>();
    Scheduler.Task deadline =
        request
            .getComponents()
            .getScheduler()
            .schedule(
                () ->
                    body.completeExceptionally(
                        new HttpRefusal(
                            408,
                            "timeout",
                            "the request body did not arrive within "
                                + requestTimeout.toSeconds()
                                + " s")),
                requestTimeout.toMillis(),
                TimeUnit.MILLISECONDS);
    body.whenComplete((bytes, failure) -> deadline.cancel());
    new BodyReader(request, body).run();
    return body;
  }

  /** Reads what has arrived, then asks to be called again when more does. */
  private static final class BodyReader implements Runnable {
    private final Request request;
    private final CompletableFuture<byte[]> body;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long seen;

    BodyReader(Request request, CompletableFuture<byte[]> body) {
      this.request = request;
      this.body = body;
    }

    @Override
    public void run() {
      while (!body.isDone()) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          // A body the parser could not read (a bad chunk size, an oversized chunk extension or
          // trailer) is the client's malformed request; an idle timeout or a reset means the
          // request
          // is over. Either way the cause is the transport's, never quoted.
          body.completeExceptionally(
              chunk.getFailure() instanceof org.eclipse.jetty.http.HttpException
                  ? new HttpRefusal(400, "malformed", "the request body is not well-formed HTTP")
                  : new HttpRefusal(408, "timeout", "the request body stalled"));
          return;
        }
        ByteBuffer buffer = chunk.getByteBuffer();
        seen += buffer.remaining();
        if (seen > MAX_SWALLOW) {
          chunk.release();
          body.completeExceptionally(tooLarge());
          return;
        }
        if (seen <= MisIntegrationService.MAX_BODY) {
          byte[] part = new byte[buffer.remaining()];
          buffer.get(part);
          bytes.write(part, 0, part.length);
        }
        boolean last = chunk.isLast();
        chunk.release();
        if (last) {
          body.complete(seen <= MisIntegrationService.MAX_BODY ? bytes.toByteArray() : null);
        }
      }
    }
  }

  /** One request's answer, sent once. */
  private static final class Exchange {
    private final Response response;
    private final Callback callback;
    private final AtomicBoolean sent = new AtomicBoolean();

    Exchange(Response response, Callback callback) {
      this.response = response;
      this.callback = callback;
    }

    void unauthenticated(TokenRefused e, boolean close) {
      // RFC 6750: no error code when no credentials were sent; invalid_token for every token
      // refused.
      response
          .getHeaders()
          .put(
              HttpHeader.WWW_AUTHENTICATE,
              e.isMissing()
                  ? "Bearer realm=\"" + REALM + "\""
                  : "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
      send(
          new MisRoutes.Answer(
              401,
              MisRoutes.error(e.isMissing() ? "unauthenticated" : "invalid_token", e.getMessage())
                  .put("rule", e.rule())
                  .toString()),
          close);
    }

    void refuse(HttpRefusal refusal, boolean close) {
      send(MisRoutes.refusal(refusal), close);
    }

    void send(MisRoutes.Answer answer, boolean close) {
      if (!sent.compareAndSet(false, true)) {
        return;
      }
      byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
      response.setStatus(answer.status());
      HttpFields.Mutable headers = response.getHeaders();
      headers.put(HttpHeader.CONTENT_TYPE, JSON);
      headers.put(HttpHeader.CACHE_CONTROL, "no-store");
      headers.put(HttpHeader.CONTENT_LENGTH, bytes.length);
      if (close) {
        // The rest of a refused or stalled body is not worth reading: the connection goes with the
        // answer.
        headers.put(HttpHeader.CONNECTION, "close");
      }
      response.write(true, ByteBuffer.wrap(bytes), callback);
    }
  }

  /** Jetty's own refusals (a malformed request line, headers too large) as the same JSON errors, never HTML. */
  static final class JsonErrors extends ErrorHandler {
    @Override
    protected void generateResponse(
        Request request,
        Response response,
        int code,
        String message,
        Throwable cause,
        Callback callback) {
      byte[] bytes =
          MisRoutes.error("http", HttpStatus.getMessage(code))
              .toString()
              .getBytes(StandardCharsets.UTF_8);
      response.getHeaders().put(new HttpField(HttpHeader.CONTENT_TYPE, JSON));
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
      response.write(true, ByteBuffer.wrap(bytes), callback);
    }
  }
}
