package io.github.liaisonsdk.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.PolicyPackLoader;
import io.github.liaisonsdk.policy.StandardPacks;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Next versions of the shipped packs, changed as a school's review might change them. */
public final class Drafts {
  private Drafts() {}

  /**
   * A shipped pack's JSON under another version number, changed; a site pack loaded over the shipped group pack.
   *
   * @param id the shipped pack's id
   * @param version the draft's version number
   * @param change what the review changes in the JSON
   * @return the loaded draft
   */
  public static PolicyPack of(String id, int version, Consumer<ObjectNode> change) {
    return next(StandardPacks.json(id), version, change);
  }

  /**
   * A pack's next version, changed: what a school drafts from the version it has.
   *
   * @param base the version drafted from
   * @param version the draft's version number
   * @param change what the review changes in the JSON
   * @return the loaded draft
   */
  public static PolicyPack next(PolicyPack base, int version, Consumer<ObjectNode> change) {
    return next(base.toJson(), version, change);
  }

  private static PolicyPack next(String base, int version, Consumer<ObjectNode> change) {
    try {
      ObjectNode json = (ObjectNode) LiaisonJson.mapper().readTree(base);
      ((ObjectNode) json.get("metadata")).put("version", version);
      change.accept(json);
      PolicyPackLoader loader = PolicyPackLoader.create();
      if (json.has("extends")) {
        loader.load(StandardPacks.group().toJson());
      }
      return loader.load(LiaisonJson.mapper().writeValueAsString(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The HSL pack's next version without its family liaison rule: attendance no longer goes to parents.
   *
   * @param version the draft's version number
   * @return the draft
   */
  public static PolicyPack hslWithoutFamilyLiaison(int version) {
    return of("clare-hsl", version, Drafts::withoutFamilyLiaison);
  }

  /**
   * Takes the family liaison rule out of a pack's JSON.
   *
   * @param json the pack's JSON
   */
  public static void withoutFamilyLiaison(ObjectNode json) {
    ArrayNode rules = (ArrayNode) json.get("rules");
    for (int i = rules.size() - 1; i >= 0; i--) {
      if (rules.get(i).get("rule").asText().equals("FAMILY_LIAISON")) {
        rules.remove(i);
      }
    }
  }
}
