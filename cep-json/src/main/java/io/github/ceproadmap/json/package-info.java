/**
 * Document format 1.0 (JSON) of the CEP roadmap.
 *
 * <ul>
 *   <li>{@link io.github.ceproadmap.json.RoadmapCodec}: decode a document into a {@link
 *       io.github.ceproadmap.model.Roadmap} and encode one back, strictly or leniently, compact or
 *       pretty, within {@link io.github.ceproadmap.json.DecodeLimits};
 *   <li>{@link io.github.ceproadmap.json.RoadmapDecodeException}: what is wrong with a document
 *       and where (line, column and JSON Pointer);
 *   <li>{@link io.github.ceproadmap.json.SourceMap}: where each value of a decoded document
 *       stands, for reports that point into the file;
 *   <li>{@link io.github.ceproadmap.json.CepJsonModule}: the same readers and writers as a Jackson
 *       module;
 *   <li>{@link io.github.ceproadmap.json.RoadmapSchema}: the format's JSON Schema.
 * </ul>
 */
@NullMarked
package io.github.ceproadmap.json;

import org.jspecify.annotations.NullMarked;
