package io.github.liaisonsdk.policy;

/**
 * The packs shipped with the library, made from the two seed policies: the Home/School Liaison Policy of The Clare
 * School ({@code clare-hsl}), the group's ECS 36 policy ({@code ecs36-group}) and Coxlease School's LP36 local
 * procedure that extends it ({@code coxlease-lp36}). Use them as they are or as templates for a school's own.
 *
 * <p>Thread-safe; each call loads fresh packs.
 */
public final class StandardPacks {
  private static final String BASE = "/io/github/liaisonsdk/policy/packs/";

  private StandardPacks() {}

  /**
   * The Home/School Liaison Policy (HSL-1 to HSL-11).
   *
   * @return the pack
   */
  public static PolicyPack hsl() {
    return PolicyPackLoader.create().load(json("clare-hsl"));
  }

  /**
   * The group policy ECS 36, the core that site procedures extend.
   *
   * @return the pack
   */
  public static PolicyPack group() {
    return PolicyPackLoader.create().load(json("ecs36-group"));
  }

  /**
   * Coxlease School's local procedure LP36, loaded on top of the group pack (LP36-1).
   *
   * @return the pack
   */
  public static PolicyPack lp36() {
    PolicyPackLoader loader = PolicyPackLoader.create();
    loader.load(json("ecs36-group"));
    return loader.load(json("coxlease-lp36"));
  }

  /**
   * The JSON of a shipped pack, to copy or adapt.
   *
   * @param id {@code clare-hsl}, {@code ecs36-group} or {@code coxlease-lp36}
   * @return the document
   */
  public static String json(String id) {
    try (java.io.InputStream in = StandardPacks.class.getResourceAsStream(BASE + id + ".json")) {
      if (in == null) {
        throw new io.github.liaisonsdk.basics.LiaisonException("no shipped pack " + id);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new io.github.liaisonsdk.basics.LiaisonException(
          "could not read shipped pack " + id, e);
    }
  }
}
