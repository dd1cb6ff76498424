package io.github.liaisonsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.CaseAction;
import io.github.liaisonsdk.contact.HeadReview;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.sharing.Consultation;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.StatedRequest;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.HostileJson;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ten thousand hostile builds per value type. Each starts from a valid value, either copied into a builder whose
 * setters are then called with hostile arguments (nulls, empty and huge strings, control characters, lone
 * surrogates, the confidential marker, extreme numbers and dates, collections with nulls or tens of thousands of
 * elements), or rebuilt with some attributes left out. The setters are found by reflection, so a field added
 * later is attacked without anyone remembering to. Every build must succeed or fail with
 * {@link LiaisonValidationException}; no other exception may escape, and no message may quote the marker.
 *
 * <p>One boundary is deliberate: a {@code null} container handed to a setter (a {@code null} list, array or
 * {@code Optional} itself, not a {@code null} inside one) is a programming error and throws
 * {@link NullPointerException} from the generated builder, as the JDK's collection methods do. Those builds are
 * counted apart; an NPE from anything else is an escape.
 */
class HostileBuilderCorpusTest {
  static final int BUILDS = 10_000;
  static final long SEED = 20261124L;
  private static final String[] STRINGS = {
    null,
    "",
    " ",
    "\u0000",
    "a\nb",
    "\r",
    "\u202Eevil",
    "\ud800",
    "\udc00x",
    "👩‍👧‍👦",
    "'; DROP TABLE x; --",
    "${jndi:ldap://127.0.0.1/a}",
    "x".repeat(200_000),
    Fixtures.MARKER,
    Fixtures.MARKER + "\n" + Fixtures.MARKER,
    HostileJson.ECHO_MARKER,
    "\u2028",
    "\t",
    "NaN",
    "2026-02-30"
  };

  static Stream<Arguments> values() {
    Instant at = Instant.parse("2026-10-01T10:00:00Z");
    Consultation consultation =
        Consultation.builder()
            .role(ConsulteeRole.LINE_MANAGER)
            .consulteeName("A. Person")
            .consulteeDesignation("Line manager")
            .consultedAt(at)
            .outcome(ConsultationOutcome.AGREED)
            .build();
    StatedRequest request =
        StatedRequest.builder()
            .pupil(PupilId.of("UPN-1"))
            .topic(Topic.ATTENDANCE)
            .level(ConfidentialityLevel.SCHOOL_INTERNAL)
            .originService(ServiceId.of("school"))
            .requester(StaffId.of("T-1"))
            .requesterDesignation(Designation.TEACHER)
            .recipient(RecipientKind.PARENT_WITH_RESPONSIBILITY)
            .purpose(Purpose.ROUTINE_LIAISON)
            .addConsultation(consultation)
            .build();
    return Stream.of(
            Fixtures.plan(ResidenceContext.CARE_HOME),
            Fixtures.record("r-1", ResidenceContext.BOARDING, Fixtures.MORNING),
            Fixtures.pupil(ResidenceContext.FE_ACCOMMODATION),
            Fixtures.staff(Fixtures.HEAD, Designation.HEADTEACHER),
            Fixtures.lp36Metadata(),
            Fixtures.disclosedCase("c-1", ResidenceContext.DAY_WITH_FAMILY),
            HeadReview.builder()
                .reviewer(Fixtures.HEAD)
                .reviewedAt(at)
                .conflictOfInterest(false)
                .decision(CaseAction.APPROVE)
                .reasons(ConfidentialText.of(Fixtures.MARKER + " reasons"))
                .build(),
            request,
            consultation)
        .map(v -> Arguments.of(v.getClass().getSimpleName().replace("Immutable", ""), v));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  @Timeout(300)
  @DisplayName(
      "10,000 hostile builds per value type: built, or refused with the validation exception and nothing else")
  void hostileBuilds(String type, Object valid) throws Exception {
    // The abstract type is the API: the generated implementation is package-private.
    Class<?> api = valid.getClass().getSuperclass();
    Method builderFactory = api.getMethod("builder");
    Class<?> builderType = builderFactory.getReturnType();
    Method from =
        Arrays.stream(builderType.getMethods())
            .filter(m -> m.getName().equals("from") && m.getParameterTypes()[0].isInstance(valid))
            .findFirst()
            .orElseThrow();
    Method build = builderType.getMethod("build");
    List<Method> setters =
        Arrays.stream(builderType.getMethods())
            .filter(
                m ->
                    m.getParameterCount() == 1
                        && !Modifier.isStatic(m.getModifiers())
                        && m.getReturnType() == builderType
                        && !m.getName().equals("from"))
            .sorted(Comparator.comparing(Method::toGenericString))
            .toList();
    assertThat(setters).as(type + " setters").hasSizeGreaterThan(2);

    SplittableRandom random = new SplittableRandom(SEED ^ type.hashCode());
    int accepted = 0;
    int refused = 0;
    int leaks = 0;
    int nullContainers = 0;
    List<String> escapes = new ArrayList<>();
    for (int i = 0; i < BUILDS; i++) {
      Object builder = builderFactory.invoke(null);
      String attack = "";
      boolean nullContainer = false;
      try {
        if (random.nextInt(10) == 0) {
          attack = "some attributes left out";
          for (Method setter : setters) {
            if (random.nextInt(3) == 0) {
              copyAttribute(setter, builder, valid);
            }
          }
        } else {
          from.invoke(builder, valid);
          StringBuilder said = new StringBuilder();
          for (int n = 1 + random.nextInt(3); n > 0; n--) {
            Method setter = setters.get(random.nextInt(setters.size()));
            said.append(setter.getName()).append(' ');
            Class<?> parameter = setter.getParameterTypes()[0];
            Object argument = hostile(setter.getGenericParameterTypes()[0], random);
            nullContainer |=
                argument == null
                    && (parameter.isArray()
                        || parameter == Optional.class
                        || Iterable.class.isAssignableFrom(parameter)
                        || Map.class.isAssignableFrom(parameter));
            setter.invoke(builder, new Object[] {argument});
          }
          attack = said.toString();
        }
        build.invoke(builder);
        accepted++;
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof LiaisonValidationException) {
          refused++;
          String message = String.valueOf(cause.getMessage());
          if (message.contains(Fixtures.MARKER) || message.contains(HostileJson.ECHO_MARKER)) {
            leaks++;
          }
        } else if (cause instanceof NullPointerException && nullContainer) {
          nullContainers++;
        } else if (escapes.size() < 5) {
          escapes.add(cause + " in build " + i + " (" + attack + ")");
        }
      }
    }
    System.out.printf(
        "RELIABILITY builder %s: %d builds, %d accepted, %d refused, %d null containers (NPE by"
            + " design), %d escapes, %d leaks (seed %d)%n",
        type,
        BUILDS,
        accepted,
        refused,
        nullContainers,
        escapes.size(),
        leaks,
        SEED ^ type.hashCode());
    assertThat(escapes).as(type + ": exceptions other than LiaisonValidationException").isEmpty();
    assertThat(leaks).as(type + ": messages quoting confidential text").isZero();
    assertThat(accepted + refused + nullContainers).isEqualTo(BUILDS);
    assertThat(refused)
        .as("the corpus is hostile: most builds must be refused")
        .isGreaterThan(BUILDS / 2);
  }

  /** Copies one attribute of the valid value through the setter of the same name, if it has an accessor. */
  private static void copyAttribute(Method setter, Object builder, Object valid) throws Exception {
    Method accessor;
    try {
      accessor = valid.getClass().getSuperclass().getMethod(setter.getName());
    } catch (NoSuchMethodException notAnAttribute) {
      return;
    }
    Object value = accessor.invoke(valid);
    if (setter.getParameterTypes()[0].isInstance(value)) {
      setter.invoke(builder, value);
    }
  }

  private static Object hostile(Type type, SplittableRandom random) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return STRINGS[random.nextInt(STRINGS.length)];
    }
    if (raw == int.class) {
      return new int[] {Integer.MIN_VALUE, -1, 0, 1, 101, 2_001, Integer.MAX_VALUE}
          [random.nextInt(7)];
    }
    if (raw == long.class) {
      return new long[] {Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE}[random.nextInt(4)];
    }
    if (raw == boolean.class) {
      return random.nextBoolean();
    }
    if (raw == Instant.class) {
      return new Instant[] {null, Instant.MIN, Instant.MAX, Instant.EPOCH}[random.nextInt(4)];
    }
    if (raw == LocalDate.class) {
      return new LocalDate[] {null, LocalDate.MIN, LocalDate.MAX, LocalDate.of(1900, 1, 1)}
          [random.nextInt(4)];
    }
    if (raw == Optional.class) {
      return random.nextBoolean() ? null : Optional.empty();
    }
    if (Iterable.class.isAssignableFrom(raw)) {
      Type element =
          type instanceof ParameterizedType
              ? ((ParameterizedType) type).getActualTypeArguments()[0]
              : Object.class;
      switch (random.nextInt(4)) {
        case 0:
          return null;
        case 1:
          return Collections.singletonList(null);
        case 2:
          Object one = hostile(element, random);
          return Collections.nCopies(1 + random.nextInt(20_000), one);
        default:
          return List.of();
      }
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> map = new HashMap<>();
      map.put(random.nextBoolean() ? null : STRINGS[random.nextInt(STRINGS.length)], null);
      return random.nextBoolean() ? null : map;
    }
    if (raw.isArray()) {
      return random.nextBoolean()
          ? null
          : java.lang.reflect.Array.newInstance(raw.getComponentType(), 1);
    }
    // Enums, ids and nested values: the hostile choice is null; their own corpora cover their
    // contents.
    return null;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    return Object.class;
  }
}
