package io.github.ceproadmap.sheets;

import io.github.ceproadmap.model.Roadmap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a roadmap as spreadsheets and reads it back: an XLSX workbook, or a folder of CSV files
 * with the same sheets. See docs/spreadsheets.md for the layout.
 *
 * <p>The sheets are {@code Roadmap}, {@code Axes}, {@code Pathways}, {@code Actions}
 * (cross-cutting ones under pathway 0), {@code Organizations}, {@code Projects}, {@code Project
 * contacts}, {@code Project activities}, {@code Project outputs}, {@code Project outcomes}, and a
 * read-only {@code Matrix} laid out like the published roadmap, which import skips. Every cell is
 * text. For every roadmap {@code r}, {@code read(write(r))} equals {@code r}, and writing the
 * roadmap read gives the same bytes.
 *
 * <pre>{@code
 * RoadmapSheets sheets = RoadmapSheets.defaults();
 * sheets.writeWorkbook(roadmap, Path.of("roadmap.xlsx"));
 * ImportedRoadmap imported = sheets.read(Path.of("roadmap.xlsx"));
 * imported.cells().find("/projects/0/leads/1"); // Optional[roadmap.xlsx: Projects!E2]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RoadmapSheets {
  private static final RoadmapSheets DEFAULTS = new RoadmapSheets(SheetLimits.defaults());

  private final SheetLimits limits;

  private RoadmapSheets(SheetLimits limits) {
    this.limits = limits;
  }

  /**
   * Returns the reader and writer with the default {@link SheetLimits}.
   *
   * @return the default instance
   */
  public static RoadmapSheets defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a reader and writer that reads within {@code limits}.
   *
   * @param limits the limits of one read
   * @return the instance
   */
  public static RoadmapSheets withLimits(SheetLimits limits) {
    return new RoadmapSheets(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Writes {@code roadmap} as an XLSX workbook to {@code out}, which stays open.
   *
   * @param roadmap the roadmap
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public void writeWorkbook(Roadmap roadmap, OutputStream out) throws IOException {
    XlsxOut.write(RoadmapTables.of(roadmap), out);
  }

  /**
   * Returns {@code roadmap} as the bytes of an XLSX workbook.
   *
   * @param roadmap the roadmap
   * @return the workbook
   */
  public byte[] toWorkbook(Roadmap roadmap) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      writeWorkbook(roadmap, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot happen: writing to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Returns {@code roadmap} as the CSV files of a folder: file name to content, in sheet order.
   *
   * @param roadmap the roadmap
   * @return the files, such as {@code roadmap.csv} and {@code actions.csv}, with their UTF-8 bytes
   */
  public Map<String, byte[]> toCsvFiles(Roadmap roadmap) {
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    for (OutTable table : RoadmapTables.of(roadmap)) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      try {
        CsvOut.write(table, out);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot happen: writing to memory failed", e);
      }
      files.put(table.fileName(), out.toByteArray());
    }
    return files;
  }

  /**
   * Writes {@code roadmap} as an XLSX workbook to {@code file}, replacing it.
   *
   * @param roadmap the roadmap
   * @param file the workbook to write, such as {@code roadmap.xlsx}
   * @throws IOException if the file cannot be written
   */
  public void writeWorkbook(Roadmap roadmap, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeWorkbook(roadmap, out);
    }
  }

  /**
   * Writes {@code roadmap} as a folder of CSV files, one per sheet ({@code roadmap.csv}, {@code
   * axes.csv}, ..., {@code matrix.csv}), as a whole: the files are written into a new folder
   * beside {@code folder}, which then takes its place, so that a write that fails half-way leaves
   * the old folder as it was. Other files of an existing folder are kept.
   *
   * @param roadmap the roadmap
   * @param folder the folder to write
   * @throws IOException if a file cannot be written; the old folder, if any, is then unchanged
   */
  public void writeCsvFolder(Roadmap roadmap, Path folder) throws IOException {
    writeCsvFiles(toCsvFiles(roadmap), folder);
  }

  /** Writes {@code files} (name to bytes) as folder {@code folder}, as a whole. */
  static void writeCsvFiles(Map<String, byte[]> files, Path folder) throws IOException {
    Path target = folder.toAbsolutePath();
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException(folder + ": cannot write a CSV folder at the root of a file system");
    }
    Files.createDirectories(parent);
    Path fresh = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
    Path old = null;
    try {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Files.write(fresh.resolve(file.getKey()), file.getValue());
      }
      if (Files.isDirectory(target)) {
        keepOthers(target, fresh, files.keySet());
        old = fresh.resolveSibling("." + target.getFileName() + ".old-" + fresh.getFileName());
        Files.move(target, old, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      if (old != null && !Files.exists(target)) {
        Files.move(old, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        old = null;
      }
      delete(fresh);
      throw e;
    }
    if (old != null) {
      delete(old);
    }
  }

  /** Copies into {@code fresh} the files of {@code folder} that are not among {@code written}. */
  private static void keepOthers(Path folder, Path fresh, java.util.Set<String> written)
      throws IOException {
    try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        String name = String.valueOf(entry.getFileName());
        if (!written.contains(name)) {
          copyTree(entry, fresh.resolve(name));
        }
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (java.util.stream.Stream<Path> tree = Files.walk(from)) {
      for (Path path : (Iterable<Path>) tree::iterator) {
        Files.copy(path, to.resolve(from.relativize(path).toString()),
            java.nio.file.StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.LinkOption.NOFOLLOW_LINKS);
      }
    }
  }

  private static void delete(Path tree) throws IOException {
    if (!Files.exists(tree, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (java.util.stream.Stream<Path> paths = Files.walk(tree)) {
      for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  /**
   * Reads a roadmap from {@code path}: a folder of CSV files if it is a folder, else an XLSX
   * workbook.
   *
   * @param path the workbook or folder
   * @return the roadmap with the cells of its values
   * @throws SheetReadException if it cannot be read, naming the file and the cell
   */
  public ImportedRoadmap read(Path path) {
    return Files.isDirectory(path) ? readCsvFolder(path) : readWorkbook(path);
  }

  /**
   * Reads a roadmap from XLSX workbook {@code file}.
   *
   * @param file the workbook
   * @return the roadmap with the cells of its values
   * @throws SheetReadException if it cannot be read, naming the file and the cell
   */
  public ImportedRoadmap readWorkbook(Path file) {
    String name = String.valueOf(file.getFileName());
    try (InputStream in = Files.newInputStream(file)) {
      return readWorkbook(in, name);
    } catch (IOException e) {
      throw new SheetReadException(name, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads a roadmap from an XLSX workbook given as a stream, which stays open.
   *
   * @param in the workbook's bytes
   * @param name the name to give the file in messages, such as {@code "roadmap.xlsx"}
   * @return the roadmap with the cells of its values
   * @throws SheetReadException if it cannot be read, naming the file and the cell
   */
  public ImportedRoadmap readWorkbook(InputStream in, String name) {
    Map<String, Grid> grids = XlsxGrids.read(name, bytes(in, name), limits);
    Map<SheetSpec, SheetTable> tables = new EnumMap<>(SheetSpec.class);
    for (SheetSpec spec : SheetSpec.values()) {
      Grid grid = grids.get(spec.sheetName());
      tables.put(spec, table(spec, grid, CellRef.inWorkbook(name, spec.sheetName(), 1, 1), name));
    }
    return RoadmapAssembler.assemble(tables);
  }

  /**
   * Reads a roadmap from a folder of CSV files named as {@link #writeCsvFolder} names them.
   *
   * @param folder the folder
   * @return the roadmap with the cells of its values
   * @throws SheetReadException if it cannot be read, naming the file and the cell
   */
  public ImportedRoadmap readCsvFolder(Path folder) {
    Map<SheetSpec, SheetTable> tables = new EnumMap<>(SheetSpec.class);
    for (SheetSpec spec : SheetSpec.values()) {
      Path file = folder.resolve(spec.fileName());
      Grid grid = Files.isRegularFile(file) ? CsvGrids.read(file, ',', limits) : null;
      tables.put(spec, table(spec, grid, CellRef.inCsv(spec.fileName(), 1, 1),
          String.valueOf(folder.getFileName())));
    }
    return RoadmapAssembler.assemble(tables);
  }

  /**
   * Reads the roadmap matrix as slides and sheets lay it out (see docs/spreadsheets.md): a header
   * row of pathways, one row group per axis labelled in the first column, continuation rows under
   * an empty label, cells of {@code P.S Title} entries, placed by their ids. The roadmap's id is
   * {@code "matrix"}, its title the file's name without its extension and its edition empty.
   *
   * @param file a TSV file ({@code .tsv} or {@code .txt}: as copied out of a slide or a sheet), a
   *     CSV file ({@code .csv}) or an XLSX workbook ({@code .xlsx}), whose sheet {@code Matrix} is
   *     read if it has one, else its first sheet
   * @return the roadmap with the cells of its values and a note for each misplaced entry
   * @throws SheetReadException if it cannot be read, naming the file and the cell
   */
  public ImportedRoadmap readMatrix(Path file) {
    String name = String.valueOf(file.getFileName());
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    Grid grid;
    if (lower.endsWith(".xlsx")) {
      Map<String, Grid> grids;
      try (InputStream in = Files.newInputStream(file)) {
        grids = XlsxGrids.read(name, bytes(in, name), limits);
      } catch (IOException e) {
        throw new SheetReadException(name, "cannot be read: " + e.getMessage());
      }
      grid = grids.containsKey(SheetSpec.MATRIX) ? grids.get(SheetSpec.MATRIX)
          : grids.values().stream().findFirst()
              .orElseThrow(() -> new SheetReadException(name, "the workbook has no sheet"));
    } else {
      grid = CsvGrids.read(file, lower.endsWith(".csv") ? ',' : '\t', limits);
    }
    int dot = name.lastIndexOf('.');
    return MatrixReader.read(java.util.Objects.requireNonNull(grid, name), "matrix",
        dot > 0 ? name.substring(0, dot) : name);
  }

  private static SheetTable table(SheetSpec spec, @org.jspecify.annotations.Nullable Grid grid,
      CellRef origin, String container) {
    if (grid != null) {
      return SheetTable.of(grid, spec);
    }
    if (spec.optional()) {
      return SheetTable.absent(spec, origin);
    }
    throw new SheetReadException(container, origin.sheet().isPresent()
        ? "has no sheet " + spec.sheetName()
        : "is a directory without " + spec.fileName() + ", the sheet " + spec.sheetName()
            + " of a roadmap's CSV folder");
  }

  private byte[] bytes(InputStream in, String name) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
      if (bytes.length > limits.maxFileBytes()) {
        throw new SheetReadException(name,
            "is larger than the limit of " + limits.maxFileBytes() + " bytes (maxFileBytes)");
      }
      return bytes;
    } catch (IOException e) {
      throw new SheetReadException(name, "cannot be read: " + e.getMessage());
    }
  }
}
