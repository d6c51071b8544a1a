package io.github.ceproadmap.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * How Immutables generates this package's value types: package-private implementations behind
 * public {@code builder()}s, JDK collections only. A source-only meta-annotation, so that no
 * Immutables annotation stays in the published class files for consumers' compilers to miss.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaultAsDefault = true,
    allParameters = false,
    // A builder makes a collection when its first element comes, not up front: a project's
    // builder made eight lists and a map each time, mostly left empty, a tenth of what decoding
    // allocated.
    deferCollectionAllocation = true,
    // No @org.immutables.value.Generated on generated classes: consumers compile without
    // Immutables, and javac would warn them that the annotation's class file is missing.
    allowedClasspathAnnotations = {Override.class})
@interface ValueStyle {}
