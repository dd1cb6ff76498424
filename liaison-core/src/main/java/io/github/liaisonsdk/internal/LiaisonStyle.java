package io.github.liaisonsdk.internal;

import io.github.liaisonsdk.basics.LiaisonValidationException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: abstract value types are the public API, each with a static
 * {@code builder()}; generated {@code Immutable*} classes are an implementation detail that callers never name.
 *
 * <p>Missing mandatory attributes and {@code null} arguments surface as {@link LiaisonValidationException}, the same
 * exception every other validation failure raises, so callers handle one exception type for bad input.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"topic:topics", "person:persons", "entry:entries"},
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = LiaisonValidationException.class,
    throwForNullPointer = LiaisonValidationException.class,
    clearBuilder = false,
    forceJacksonPropertyNames = false)
public @interface LiaisonStyle {}
