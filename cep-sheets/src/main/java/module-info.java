/**
 * The CEP roadmap in and out of spreadsheets: a roadmap as an XLSX workbook or a folder of CSV
 * files (one sheet per kind of object, joined by ids) and back, with every error and finding
 * placed on the cell that holds the value; and the roadmap matrix read as it is published on
 * slides and in sheets.
 *
 * <p>{@link io.github.ceproadmap.sheets.RoadmapSheets} is the entry point.
 */
module io.github.ceproadmap.sheets {
  requires transitive io.github.ceproadmap.model;
  requires org.dhatim.fastexcel;
  requires java.xml;
  requires org.apache.commons.compress;
  requires de.siegmar.fastcsv;

  exports io.github.ceproadmap.sheets;
}
