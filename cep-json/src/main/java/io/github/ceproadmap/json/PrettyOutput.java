package io.github.ceproadmap.json;

import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The write context of pretty output: two spaces per level, one member or element per line,
 * {@code "key": value}, empty arrays as {@code []}, and {@code \n} line ends on every platform,
 * so that the bytes are the same wherever they are written.
 */
final class PrettyOutput extends ObjectWriteContext.Base {
  static final PrettyOutput INSTANCE = new PrettyOutput();

  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
  private static final DefaultPrettyPrinter PROTOTYPE =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(INDENTER)
          .withArrayIndenter(INDENTER);

  private PrettyOutput() {}

  /** Returns a fresh printer per generator: a pretty printer keeps the nesting level it is at. */
  @Override
  public PrettyPrinter getPrettyPrinter() {
    return PROTOTYPE.createInstance();
  }

  @Override
  public boolean hasPrettyPrinter() {
    return true;
  }
}
