/**
 * Consistency checks for a {@link io.github.ceproadmap.model.Roadmap}: the rule catalog of
 * document format 1.0, and a small interface for rules of one's own.
 *
 * <p>{@link io.github.ceproadmap.model.validation.Validator#standard()} runs every rule of the
 * catalog ({@link io.github.ceproadmap.model.validation.StandardRules}) and returns a
 * {@link io.github.ceproadmap.model.validation.ValidationReport} of
 * {@link io.github.ceproadmap.model.validation.Finding findings}, each with its rule id,
 * severity, JSON Pointer into the document and a message.
 */
@NullMarked
package io.github.ceproadmap.model.validation;

import org.jspecify.annotations.NullMarked;
