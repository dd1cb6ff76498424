package io.github.liaisonsdk.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.Hashing;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.json.LiaisonJson;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

/**
 * A policy pack version as stored: the JSON document it was loaded from and the SHA-256 of that document, which
 * every decision made under it cites. Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutablePackDocument.class)
@JsonDeserialize(as = ImmutablePackDocument.class)
public abstract class PackDocument {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  PackDocument() {}

  /**
   * The pack's id.
   *
   * @return the id
   */
  public abstract PolicyPackId id();

  /**
   * The pack's version.
   *
   * @return at least 1
   */
  @Min(value = 1, message = "[LP36-9] must be at least 1")
  public abstract int version();

  /**
   * The JSON document.
   *
   * @return the document
   */
  public abstract String json();

  /**
   * The SHA-256 of the document, as lower-case hex.
   *
   * @return the content hash
   */
  @Value.Derived
  public String contentHash() {
    return Hashing.sha256(json());
  }

  /**
   * A pack version.
   *
   * @param id the pack's id
   * @param version the version
   * @param json the JSON document
   * @return the document
   */
  public static PackDocument of(PolicyPackId id, int version, String json) {
    return PackDocument.builder().id(id).version(version).json(json).build();
  }

  @Value.Check
  void check() {
    Checks.of(this, "PackDocument")
        .require(
            !json().isBlank() && json().length() <= LiaisonJson.MAX_DOCUMENT_LENGTH,
            "json",
            "must be a document of at most " + LiaisonJson.MAX_DOCUMENT_LENGTH + " characters",
            null)
        .done();
  }

  /**
   * Starts a {@link PackDocument}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PackDocument}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutablePackDocument.Builder {
    Builder() {}
  }
}
