/**
 * Property testing of CEP roadmap tools.
 *
 * <ul>
 *   <li>{@link io.github.ceproadmap.testkit.Property}: runs a property over many generated values
 *       and, when it fails, shrinks the counterexample and reports it with its seed;
 *   <li>{@link io.github.ceproadmap.testkit.RoadmapGenerator}: consistent roadmaps of a chosen
 *       {@link io.github.ceproadmap.testkit.Size}, and generators of their parts;
 *   <li>{@link io.github.ceproadmap.testkit.Generator} and {@link
 *       io.github.ceproadmap.testkit.Choices}: how a generator draws, so that the runner can
 *       replay and simplify its choices;
 *   <li>{@link io.github.ceproadmap.testkit.Minimizer}: shrinks a failing roadmap that a user
 *       already has.
 * </ul>
 */
@NullMarked
package io.github.ceproadmap.testkit;

import org.jspecify.annotations.NullMarked;
