/**
 * Renderers of the roadmap, used by the {@code cep} command and by any service: the roadmap
 * matrix as text, Markdown and a self-contained HTML page. Each is a pure function of model values (a roadmap, its findings, an
 * as-of month); none reads JSON.
 */
@NullMarked
package io.github.ceproadmap.render;

import org.jspecify.annotations.NullMarked;
