/**
 * The CEP roadmap as immutable values: a {@link io.github.ceproadmap.model.Roadmap} of
 * {@link io.github.ceproadmap.model.Pathway pathways} and
 * {@link io.github.ceproadmap.model.ActionAxis action axes} whose cells hold
 * {@link io.github.ceproadmap.model.Action actions}, plus cross-cutting actions,
 * {@link io.github.ceproadmap.model.Organization organisations} and the
 * {@link io.github.ceproadmap.model.Project projects} that activate actions.
 *
 * <p>Every value is built with its {@code builder()} and changed with {@code toBuilder()}, which
 * starts a builder from the value; {@code build()} returns a new value. Collections are never null (absent means
 * empty) and cannot be modified. Construction rejects only what makes a value meaningless (a
 * malformed id, a missing required attribute); consistency between values, such as a duplicate
 * action id, is the job of {@link io.github.ceproadmap.model.validation.Validator}, so that a
 * roadmap can be held exactly as published.
 *
 * <p>Each value type also carries {@code extensions()}: members of the JSON document that this
 * version of the library does not know, kept as JSON text so that a lenient read-modify-write
 * loses nothing. The model never interprets them.
 */
@NullMarked
@ValueStyle
package io.github.ceproadmap.model;

import org.jspecify.annotations.NullMarked;
