/**
 * The {@code cep} command: validate, show, render, diff and format roadmap documents.
 * {@link io.github.ceproadmap.examples.cli.Cep} is the entry point.
 */
@NullMarked
package io.github.ceproadmap.examples.cli;

import org.jspecify.annotations.NullMarked;
