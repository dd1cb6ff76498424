package io.github.liaisonsdk.childprotection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.Hashing;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.internal.Text;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One version of a child protection file's transfer to the school a pupil moves to (Keeping Children Safe in
 * Education; LP36-4e): recorded when the pupil leaves, with the day it is due; sent as a sealed bundle, apart from
 * the main pupil file, once the pupil has left; closed when the receiving school confirms it holds the bundle with
 * the same seal, or when it is cancelled. Each step is a new version; the store refuses a stale one.
 *
 * <p>Immutable and thread-safe; the facade builds every version ({@code ChildProtectionFiles}).
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableFileTransfer.class)
@JsonDeserialize(as = ImmutableFileTransfer.class)
public abstract class FileTransfer {
  /** The longest destination or receiver name kept. */
  public static final int MAX_NAME = 200;

  /** Only the generated implementation extends it. */
  FileTransfer() {}

  /**
   * The transfer's id.
   *
   * @return the id
   */
  public abstract TransferId id();

  /**
   * The version, from 1.
   *
   * @return the version
   */
  @Min(1)
  public abstract int version();

  /**
   * The pupil who left.
   *
   * @return the pupil
   */
  public abstract PupilId pupil();

  /**
   * The pupil's last day at the school.
   *
   * @return the leaving date
   */
  public abstract LocalDate leftOn();

  /**
   * The school or college the pupil moves to, as the MIS names it (one line). Where a child has moved it can be
   * what keeps them safe: never logged, and left out of {@code toString}.
   *
   * @return the destination
   */
  @Value.Redacted
  public abstract String destination();

  /**
   * Which deadline applies.
   *
   * @return in-year or next term
   */
  public abstract TransferTiming timing();

  /**
   * The last day the receiving school should hold the file: the fifth school day after leaving, which for a move at
   * the end of a term is the fifth day of the next term.
   *
   * @return the due date
   */
  public abstract LocalDate dueBy();

  /**
   * The designated safeguarding lead, or the headship member, who recorded the leaving.
   *
   * @return who recorded it
   */
  public abstract StaffId recordedBy();

  /**
   * When the leaving was recorded.
   *
   * @return the instant
   */
  public abstract Instant recordedAt();

  /**
   * Where the transfer stands.
   *
   * @return the state
   */
  public abstract TransferState state();

  /**
   * The seal of the bundle sent: the SHA-256 over the transfer, the pupil and its items' hashes, in order.
   *
   * @return the seal, once sent
   */
  public abstract Optional<String> seal();

  /**
   * The records the bundle carried.
   *
   * @return their ids, once sent; none before
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<ContactRecordId> items();

  /**
   * Who sent it.
   *
   * @return the sender, once sent
   */
  public abstract Optional<StaffId> sentBy();

  /**
   * When it was sent.
   *
   * @return the instant, once sent
   */
  public abstract Optional<Instant> sentAt();

  /**
   * How it travelled.
   *
   * @return the method, once sent
   */
  public abstract Optional<TransferMethod> method();

  /**
   * Who at the receiving school confirmed receipt, as they gave their name and post (one line; never logged).
   *
   * @return the receiver, once received
   */
  @Value.Redacted
  public abstract Optional<String> receivedBy();

  /**
   * The day the receiving school says it received the bundle.
   *
   * @return the day, once received
   */
  public abstract Optional<LocalDate> receivedOn();

  /**
   * The member of staff who recorded the confirmation.
   *
   * @return who recorded it, once received
   */
  public abstract Optional<StaffId> receiptRecordedBy();

  /**
   * Who cancelled it.
   *
   * @return the member of staff, once cancelled
   */
  public abstract Optional<StaffId> cancelledBy();

  /**
   * The version of the JSON form this value was written in.
   *
   * @return the schema version
   */
  @Value.Default
  public int schemaVersion() {
    return LiaisonJson.SCHEMA_VERSION;
  }

  /**
   * Whether the receiving school should hold the file by now and has not confirmed it does.
   *
   * @param today the school's today
   * @return true once past the due date without a confirmed receipt
   */
  public boolean overdueOn(LocalDate today) {
    return state().open() && today.isAfter(dueBy());
  }

  /**
   * Starts a transfer version.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FileTransfer}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableFileTransfer.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    boolean received = state() == TransferState.RECEIVED;
    // A cancelled transfer keeps whatever it had reached: sent or not.
    boolean sent =
        state() == TransferState.CANCELLED
            ? seal().isPresent()
            : state() != TransferState.AWAITING_SEND;
    Checks.of(this, "FileTransfer")
        .require(
            Text.label(destination(), MAX_NAME),
            "destination",
            "names the school or college on one line of at most " + MAX_NAME + " characters",
            Clause.LP36_4E)
        .require(dueBy().isAfter(leftOn()), "dueBy", "falls after the leaving date", Clause.LP36_4E)
        .require(
            seal().isPresent() == sent
                && sentBy().isPresent() == sent
                && sentAt().isPresent() == sent
                && method().isPresent() == sent,
            "seal",
            "a transfer has a seal, a sender, a time and a method exactly" + " once it was sent",
            Clause.LP36_4E)
        .require(
            seal().map(Hashing::isSha256).orElse(true),
            "seal",
            "is a SHA-256 in hex",
            Clause.LP36_4E)
        .require(
            sent || items().isEmpty(),
            "items",
            "are listed once the bundle is sent",
            Clause.LP36_4E)
        .require(
            receivedBy().isPresent() == received
                && receivedOn().isPresent() == received
                && receiptRecordedBy().isPresent() == received,
            "receivedBy",
            "a transfer has a receipt exactly once it was received",
            Clause.LP36_4E)
        .require(
            receivedBy().map(name -> Text.label(name, MAX_NAME)).orElse(true),
            "receivedBy",
            "names the receiver on one line of at most " + MAX_NAME + " characters",
            Clause.LP36_4E)
        .require(
            cancelledBy().isPresent() == (state() == TransferState.CANCELLED),
            "cancelledBy",
            "is given for a cancelled transfer and only for one",
            Clause.LP36_4E)
        .require(
            LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null)
        .done();
  }
}
