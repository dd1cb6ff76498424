package io.github.liaisonsdk.examples;

import io.github.liaisonsdk.staff.StaffId;

/**
 * Who a verified bearer token speaks for: a member of staff, or the MIS directory synchronisation. The two are
 * told apart by the key that signed the token, never by anything the token says about itself.
 */
sealed interface Caller {

  /** A member of staff: the token's subject, signed with a staff key. */
  record Staff(StaffId id) implements Caller {}

  /** The MIS directory synchronisation: the configured system subject, signed with a directory key. */
  record Directory(String system) implements Caller {}
}
