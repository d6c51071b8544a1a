/**
 * Helpers shared by the packages of cep-model and, through a qualified export, by cep-json; not
 * API.
 */
@NullMarked
package io.github.ceproadmap.model.internal;

import org.jspecify.annotations.NullMarked;
