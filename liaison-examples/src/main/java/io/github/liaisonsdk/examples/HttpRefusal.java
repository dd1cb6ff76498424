package io.github.liaisonsdk.examples;

import io.github.liaisonsdk.basics.Clause;
import java.util.List;

/**
 * A refusal of the HTTP layer or of the service's own rules (wrong method, content type, size, a caller acting
 * outside its identity), answered with its status and a JSON error. Messages are the service's own words, never
 * request content.
 */
final class HttpRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int status;
  final String kind;
  final transient List<Clause> clauses;

  HttpRefusal(int status, String kind, String message) {
    this(status, kind, message, List.of());
  }

  HttpRefusal(int status, String kind, String message, List<Clause> clauses) {
    super(message, null, false, false);
    this.status = status;
    this.kind = kind;
    this.clauses = List.copyOf(clauses);
  }
}
