package io.github.ceproadmap.sheets;

/**
 * Bounds on what one read of a workbook or CSV folder takes in, so that a hostile file (a zip
 * bomb, a billion-row sheet, a shared-strings table of millions of entries) fails with a {@link
 * SheetReadException} that names the limit, in bounded memory, instead of an {@link
 * OutOfMemoryError}. The same kind of object as the JSON codec's {@code DecodeLimits}.
 *
 * <table>
 *   <caption>Limits and defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>why</th></tr>
 *   <tr><td>{@link #maxFileBytes()}</td><td>32 MiB</td>
 *       <td>a workbook is held in memory while it is read; a large roadmap's is about 2 MiB</td></tr>
 *   <tr><td>{@link #maxUncompressedBytes()}</td><td>64 MiB</td>
 *       <td>the XML inside a workbook, all entries together: a large roadmap's (20,000
 *       projects) is 36 MB, and reads in a 256 MB heap</td></tr>
 *   <tr><td>{@link #maxCompressionRatio()}</td><td>100</td>
 *       <td>real sheets compress 5 to 20 times; a zip bomb, thousands of times</td></tr>
 *   <tr><td>{@link #maxSharedStrings()}</td><td>1,000,000</td>
 *       <td>the shared-strings table is held in memory whole</td></tr>
 *   <tr><td>{@link #maxRows()}</td><td>1,048,576</td><td>the most a spreadsheet program shows</td></tr>
 *   <tr><td>{@link #maxColumns()}</td><td>1,024</td>
 *       <td>a roadmap sheet has at most nine columns and its extensions</td></tr>
 * </table>
 *
 * <p>Change them with {@code SheetLimits.builder().maxRows(10_000).build()}. Instances are
 * immutable.
 */
public final class SheetLimits {
  private static final SheetLimits DEFAULTS = builder().build();

  private final long maxFileBytes;
  private final long maxUncompressedBytes;
  private final int maxCompressionRatio;
  private final int maxSharedStrings;
  private final int maxRows;
  private final int maxColumns;

  private SheetLimits(Builder builder) {
    this.maxFileBytes = builder.maxFileBytes;
    this.maxUncompressedBytes = builder.maxUncompressedBytes;
    this.maxCompressionRatio = builder.maxCompressionRatio;
    this.maxSharedStrings = builder.maxSharedStrings;
    this.maxRows = builder.maxRows;
    this.maxColumns = builder.maxColumns;
  }

  /**
   * Returns the default limits.
   *
   * @return the limits with every default of this class
   */
  public static SheetLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the largest workbook, CSV or TSV file read, in bytes.
   *
   * @return the maximum file size
   */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * Returns the most bytes the entries of a workbook may inflate to, all together.
   *
   * @return the maximum uncompressed size
   */
  public long maxUncompressedBytes() {
    return maxUncompressedBytes;
  }

  /**
   * Returns how many times larger than its compressed size an entry of a workbook may inflate
   * (checked once an entry has inflated to 1 MiB, as small XML parts compress well).
   *
   * @return the maximum compression ratio
   */
  public int maxCompressionRatio() {
    return maxCompressionRatio;
  }

  /**
   * Returns the most entries a workbook's shared-strings table may hold.
   *
   * @return the maximum number of shared strings
   */
  public int maxSharedStrings() {
    return maxSharedStrings;
  }

  /**
   * Returns the last row a sheet or CSV file may use.
   *
   * @return the maximum number of rows
   */
  public int maxRows() {
    return maxRows;
  }

  /**
   * Returns the last column a sheet or CSV file may use.
   *
   * @return the maximum number of columns
   */
  public int maxColumns() {
    return maxColumns;
  }

  /** Builds {@link SheetLimits}; every limit starts at its default and must be positive. */
  public static final class Builder {
    private long maxFileBytes = 32L * 1024 * 1024;
    private long maxUncompressedBytes = 64L * 1024 * 1024;
    private int maxCompressionRatio = 100;
    private int maxSharedStrings = 1_000_000;
    private int maxRows = 1_048_576;
    private int maxColumns = 1_024;

    private Builder() {}

    /**
     * Sets {@link SheetLimits#maxFileBytes()}.
     *
     * @param bytes the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is below 1
     */
    public Builder maxFileBytes(long bytes) {
      this.maxFileBytes = positive(bytes, "maxFileBytes");
      return this;
    }

    /**
     * Sets {@link SheetLimits#maxUncompressedBytes()}.
     *
     * @param bytes the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is below 1
     */
    public Builder maxUncompressedBytes(long bytes) {
      this.maxUncompressedBytes = positive(bytes, "maxUncompressedBytes");
      return this;
    }

    /**
     * Sets {@link SheetLimits#maxCompressionRatio()}.
     *
     * @param ratio the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code ratio} is below 1
     */
    public Builder maxCompressionRatio(int ratio) {
      this.maxCompressionRatio = (int) positive(ratio, "maxCompressionRatio");
      return this;
    }

    /**
     * Sets {@link SheetLimits#maxSharedStrings()}.
     *
     * @param count the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Builder maxSharedStrings(int count) {
      this.maxSharedStrings = (int) positive(count, "maxSharedStrings");
      return this;
    }

    /**
     * Sets {@link SheetLimits#maxRows()}.
     *
     * @param rows the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code rows} is below 1
     */
    public Builder maxRows(int rows) {
      this.maxRows = (int) positive(rows, "maxRows");
      return this;
    }

    /**
     * Sets {@link SheetLimits#maxColumns()}.
     *
     * @param columns the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code columns} is below 1
     */
    public Builder maxColumns(int columns) {
      this.maxColumns = (int) positive(columns, "maxColumns");
      return this;
    }

    /**
     * Returns the limits.
     *
     * @return the limits
     */
    public SheetLimits build() {
      return new SheetLimits(this);
    }

    private static long positive(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException("expected " + name + " of at least 1 but got " + value);
      }
      return value;
    }
  }
}
