package io.github.liaisonsdk.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see record-style accessors such as {@code pupil()}: by default it only treats
 * {@code get*} and {@code is*} methods as properties and would silently skip every constraint on our value types.
 */
final class AccessorPropertySelection implements GetterPropertySelectionStrategy {

  private static final Set<String> OBJECT_METHODS =
      Set.of(
          "hashCode", "toString", "getClass", "clone", "notify", "notifyAll", "wait", "finalize");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    String name = executable.getName();
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || OBJECT_METHODS.contains(name)) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
