/**
 * Small example programs that README quotes and tests run: building and validating a roadmap,
 * reading a document, and registering the Jackson module.
 */
@NullMarked
package io.github.ceproadmap.examples;

import org.jspecify.annotations.NullMarked;
