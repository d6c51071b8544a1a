/**
 * The roadmap as spreadsheets.
 *
 * <ul>
 *   <li>{@link io.github.ceproadmap.sheets.RoadmapSheets}: write a roadmap as a workbook or a
 *       folder of CSV files, read either back, and read the published matrix;
 *   <li>{@link io.github.ceproadmap.sheets.ImportedRoadmap}: a roadmap read from sheets, with the
 *       {@link io.github.ceproadmap.sheets.CellMap} that places each value on its cell;
 *   <li>{@link io.github.ceproadmap.sheets.SheetReadException}: what cannot be read, and at which
 *       cell;
 *   <li>{@link io.github.ceproadmap.sheets.SheetLimits}: bounds on what one read takes in.
 * </ul>
 */
@NullMarked
package io.github.ceproadmap.sheets;

import org.jspecify.annotations.NullMarked;
