/**
 * The {@code cep} command: validate, show, render, diff and format roadmap documents.
 * {@link io.github.ceproadmap.cli.Cep} is the entry point.
 */
@NullMarked
package io.github.ceproadmap.cli;

import org.jspecify.annotations.NullMarked;
