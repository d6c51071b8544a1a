package io.github.ceproadmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import io.github.ceproadmap.render.TerminalText;
import io.github.ceproadmap.model.FormatDates;
import io.github.ceproadmap.model.validation.Severity;
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
    exitCodeListHeading = Cep.EXIT_CODES,
    exitCodeList = {Cep.EXIT_OK, Cep.EXIT_FINDINGS, Cep.EXIT_UNREADABLE, Cep.EXIT_USAGE,
      Cep.EXIT_INTERNAL})
public final class Cep implements Runnable {
  /**
   * The commands, in the order help lists them. Not the annotation's {@code subcommands}: picocli
   * reads every declared subcommand's annotations up front, about a fifth of the start-up of a
   * run that uses one command (see {@link #addCommands}).
   */
  private static final List<Class<?>> COMMANDS = List.of(
      CommandLine.HelpCommand.class, ValidateCommand.class, ShowCommand.class,
      RenderCommand.class, DiffCommand.class, FormatCommand.class, SchemaCommand.class,
      RulesCommand.class, ExportCommand.class, ImportCommand.class, ConformanceCommand.class);

  /** The heading of every command's list of exit codes in its help. */
  static final String EXIT_CODES = "%nExit codes:%n";
  /** Help text for exit code 0 in general. */
  static final String EXIT_OK = " 0:success";
  /** Help text for exit code 1 in general. */
  static final String EXIT_FINDINGS = " 1:an error finding (validate) or a difference (diff)";
  /** Help text for exit code 2, for every command that reads a document. */
  static final String EXIT_UNREADABLE =
      " 2:a document could not be read or decoded, or a file could not be written";
  /** Help text for exit code 64, for every command. */
  static final String EXIT_USAGE = "64:wrong usage: an unknown option, a missing or bad value";
  /** Help text for exit code 70, for every command. */
  static final String EXIT_INTERNAL =
      "70:out of memory or stack (give the JVM more: java -Xmx2g -jar cep.jar ...), or a bug";

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
    CommandLine commandLine = new CommandLine(cep);
    // Before the settings below, which picocli copies only to the subcommands present.
    addCommands(commandLine, args);
    commandLine
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .registerConverter(YearMonth.class, new MonthConverter())
        .registerConverter(Severity.class, new Choice<>(Severity.class, Severity::id))
        .registerConverter(ValidateCommand.Format.class, Choice.of(ValidateCommand.Format.class))
        .registerConverter(ShowCommand.Format.class, Choice.of(ShowCommand.Format.class))
        .registerConverter(DiffCommand.Format.class, Choice.of(DiffCommand.Format.class))
        .registerConverter(RulesCommand.Format.class, Choice.of(RulesCommand.Format.class))
        .setParameterExceptionHandler((e, arguments) -> {
          // Picocli says "option option '--severity'" about a map option's KEY=VALUE form.
          printError(err, String.valueOf(e.getMessage()).replace("option option ", "option "));
          err.println("Try 'cep " + commandPath(e.getCommandLine()) + "--help' for more information.");
          return USAGE;
        })
        .setExecutionExceptionHandler((e, command, parsed) -> {
          printError(err, "internal error: " + e);
          return INTERNAL;
        });
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // Whatever the command held is unreachable by now, so there is room for one line.
      printError(err, "out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
          + " MB heap); give the JVM more, for example java -Xmx2g -jar cep.jar ...");
      return INTERNAL;
    } catch (StackOverflowError e) {
      printError(err, "out of stack space; give the JVM more, for example"
          + " java -Xss16m -jar cep.jar ...");
      return INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Prints {@code problem} as the command's one line about a failure: {@code cep: problem},
   * with every unsafe character escaped ({@link TerminalText}), whatever it quotes (a file
   * name, a document's text, a library's message).
   */
  static void printError(PrintWriter err, String problem) {
    err.println("cep: " + TerminalText.escape(problem));
  }

  /**
   * Adds the command that the first argument names, or every command if it names none or names
   * {@code help} (help, version, a typo that picocli's usage error should answer with the
   * commands there are).
   */
  private static void addCommands(CommandLine commandLine, String[] args) {
    for (Class<?> command : COMMANDS) {
      if (command != CommandLine.HelpCommand.class && args.length > 0
          && args[0].equals(command.getAnnotation(Command.class).name())) {
        commandLine.addSubcommand(command);
        return;
      }
    }
    COMMANDS.forEach(commandLine::addSubcommand);
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

  /** Reads {@code YYYY-MM} as the format does ({@link FormatDates}): years 0 to 9999. */
  static final class MonthConverter implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      try {
        return FormatDates.parseMonth(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(String.valueOf(e.getMessage()));
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
