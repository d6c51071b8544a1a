/** Helpers shared by the packages of cep-model; not exported, not API. */
@NullMarked
package io.github.ceproadmap.model.internal;

import org.jspecify.annotations.NullMarked;
