package io.github.ceproadmap.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code cep} command: checks, shows, draws, compares and formats CEP roadmap documents.
 * Without a file argument, each command works on the built-in edition 2.0 roadmap.
 *
 * <pre>
 * java -jar cep.jar validate                        # the built-in Roadmap 2.0
 * java -jar cep.jar validate --format sarif a.json  # findings for code scanning
 * java -jar cep.jar render --out roadmap.html --as-of 2024-03
 * </pre>
 *
 * <p>Exit codes: 0 success; 1 an error finding ({@code validate}) or a difference ({@code
 * diff}); 2 a document could not be read or decoded; 64 wrong usage; 70 an internal error.
 */
@Command(
    name = "cep",
    mixinStandardHelpOptions = true,
    versionProvider = Cep.Version.class,
    description = "Validate, show, render, diff and format Circular Electronics Partnership"
        + " roadmap documents (format 1.0). Without FILE, a command uses the built-in"
        + " Circular Electronics Roadmap 2.0.",
    subcommands = {
      ValidateCommand.class, ShowCommand.class, RenderCommand.class, DiffCommand.class,
      FormatCommand.class, SchemaCommand.class, RulesCommand.class, ExportCommand.class,
      ImportCommand.class
    })
public final class Cep implements Runnable {
  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for an error finding or a difference. */
  public static final int FINDINGS = 1;
  /** Exit code for a document that could not be read or decoded. */
  public static final int UNREADABLE = 2;
  /** Exit code for wrong usage (sysexits.h EX_USAGE). */
  public static final int USAGE = 64;
  /** Exit code for an internal error (sysexits.h EX_SOFTWARE). */
  public static final int INTERNAL = 70;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  InputStream stdin = System.in;

  private Cep() {}

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the command with the given streams and returns its exit code, without exiting.
   *
   * @param args the command line
   * @param stdin what {@code -} reads
   * @param stdout where results go
   * @param stderr where usage errors and one-line failures go
   * @return the exit code
   */
  public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
    Cep cep = new Cep();
    cep.stdin = stdin;
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    CommandLine commandLine = new CommandLine(cep)
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .registerConverter(YearMonth.class, new MonthConverter())
        .setParameterExceptionHandler((e, arguments) -> {
          err.println("cep: " + e.getMessage());
          err.println("Try 'cep " + commandPath(e.getCommandLine()) + "--help' for more information.");
          return USAGE;
        })
        .setExecutionExceptionHandler((e, command, parsed) -> {
          err.println("cep: internal error: " + e);
          return INTERNAL;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String commandPath(CommandLine commandLine) {
    String path = commandLine.getCommandSpec().qualifiedName(" ");
    return path.equals("cep") ? "" : path.substring("cep ".length()) + " ";
  }

  /** Without a subcommand, prints the usage and fails as wrong usage. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
  }

  /** Reads {@code YYYY-MM}. */
  static final class MonthConverter implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      try {
        return YearMonth.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("expected a month like 2024-03 but found '" + value + "'");
      }
    }
  }

  /** Reports the version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = Cep.class.getResourceAsStream("cep-version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
        "cep " + properties.getProperty("version", "(unknown version)"),
        "document format 1.0, rule catalog 1.0"
      };
    }
  }
}
