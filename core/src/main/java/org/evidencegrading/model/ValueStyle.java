package org.evidencegrading.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to whole packages through their
 * {@code package-info.java}: a package-private abstract value type {@code AbstractStudy} generates
 * the public immutable class {@code Study}, the value's one public name, with a strict builder ({@code Study.builder()}: every attribute set
 * at most once, collections added to, never replaced), Guava immutable collections and
 * {@code Optional} for what may be absent.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    strictBuilder = true,
    jdkOnly = false,
    forceJacksonPropertyNames = false,
    defaults = @Value.Immutable(copy = true),
    // Only @Override on generated code: no annotation found on the class path (@Generated,
    // @CanIgnoreReturnValue), which the modules would otherwise have to require from consumers.
    allowedClasspathAnnotations = Override.class)
public @interface ValueStyle {}
