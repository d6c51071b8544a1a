/**
 * The conformance suite of document format 1.0 (docs/conformance.md).
 *
 * <ul>
 *   <li>{@link io.github.ceproadmap.conformance.ConformanceSuite}: the cases, from the jar or
 *       from a folder;
 *   <li>{@link io.github.ceproadmap.conformance.Implementation}: what is checked, the Java
 *       implementation or a command;
 *   <li>{@link io.github.ceproadmap.conformance.ConformanceRunner}: runs every case and compares
 *       what came back with what the case expects, as a {@link
 *       io.github.ceproadmap.conformance.ConformanceResult}.
 * </ul>
 */
@NullMarked
package io.github.ceproadmap.conformance;

import org.jspecify.annotations.NullMarked;
