package io.github.liaisonsdk.port;

import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.util.List;
import java.util.Optional;

/** Keeps the staff directory. Implementations are thread-safe. */
public interface StaffRepository {

  /**
   * Saves a member of staff, replacing what was held under the same id.
   *
   * @param member the member of staff
   */
  void save(StaffMember member);

  /**
   * Finds a member of staff.
   *
   * @param id the staff id
   * @return the member of staff, if held
   */
  Optional<StaffMember> find(StaffId id);

  /**
   * Every member of staff held, ordered by id.
   *
   * @return the staff
   */
  List<StaffMember> all();
}
