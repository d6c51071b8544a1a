/**
 * What changed between two roadmaps: {@link io.github.ceproadmap.model.diff.RoadmapDiff#between}
 * lists the {@link io.github.ceproadmap.model.diff.Change changes} to actions, pathways, axes,
 * organisations and projects.
 */
@NullMarked
package io.github.ceproadmap.model.diff;

import org.jspecify.annotations.NullMarked;
