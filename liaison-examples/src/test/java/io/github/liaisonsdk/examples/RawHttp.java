package io.github.liaisonsdk.examples;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One HTTP/1.1 connection over a plain socket, for tests that must control connections exactly (how many are open,
 * what is sent and when). Every read is bounded by the socket's timeout, every loop by a count.
 */
final class RawHttp implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  String lastBody = "";

  private RawHttp(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new BufferedInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
  }

  static RawHttp open(URI base, Duration timeout) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), (int) timeout.toMillis());
    socket.setSoTimeout((int) timeout.toMillis());
    socket.setTcpNoDelay(true);
    return new RawHttp(socket);
  }

  void write(String text) throws IOException {
    write(text.getBytes(StandardCharsets.UTF_8));
  }

  void write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Sends a request and reads its answer; returns the status. */
  int exchange(String request) throws IOException {
    write(request);
    return answer();
  }

  /** Reads one answer; returns the status, keeps the body in {@link #lastBody}. */
  int answer() throws IOException {
    String status = line();
    int length = 0;
    for (int i = 0; i < 100; i++) {
      String header = line();
      if (header.isEmpty()) {
        break;
      }
      if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(header.substring(15).trim());
      }
    }
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      throw new EOFException("the answer ended early");
    }
    lastBody = new String(body, StandardCharsets.UTF_8);
    return Integer.parseInt(status.substring(9, 12));
  }

  /** Everything until the server closes the connection (bounded by the socket timeout and a size cap). */
  String readToEnd() throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    for (int n = in.read(buffer); n >= 0 && all.size() < 1 << 16; n = in.read(buffer)) {
      all.write(buffer, 0, n);
    }
    return all.toString(StandardCharsets.UTF_8);
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("the connection closed mid-answer");
      }
      if (c != '\r') {
        line.append((char) c);
      }
      if (line.length() > 8192) {
        throw new IOException("a header line too long");
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing a test socket: nothing to do.
    }
  }
}
