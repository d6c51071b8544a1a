package io.github.ceproadmap.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Another implementation, run as a process per case: the document on standard input, the
 * options as arguments and environment variables, the report read from standard output. A
 * process that runs past the time limit is killed with its descendants.
 */
final class CommandImplementation implements Implementation {
  /** Output past this is not read: no report of a suite's document is that long. */
  private static final int MAX_OUTPUT = 16 * 1024 * 1024;

  private final List<String> command;
  private final Duration timeLimit;

  CommandImplementation(List<String> command, Duration timeLimit) {
    this.command = List.copyOf(command);
    this.timeLimit = timeLimit;
    if (this.command.isEmpty()) {
      throw new IllegalArgumentException("the implementation's command is empty");
    }
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive, not " + timeLimit);
    }
  }

  @Override
  public String name() {
    return String.join(" ", command);
  }

  @Override
  public Outcome run(ConformanceCase conformanceCase) throws ImplementationException {
    List<String> line = new ArrayList<>(command);
    if (conformanceCase.lenient()) {
      line.add("--lenient");
    }
    conformanceCase.asOf().ifPresent(month -> {
      line.add("--as-of");
      line.add(month.toString());
    });
    ProcessBuilder builder = new ProcessBuilder(line);
    Map<String, String> environment = builder.environment();
    environment.put("CEP_CONFORMANCE_CASE", conformanceCase.id());
    environment.put("CEP_CONFORMANCE_LENIENT", Boolean.toString(conformanceCase.lenient()));
    conformanceCase.asOf().ifPresentOrElse(
        month -> environment.put("CEP_CONFORMANCE_AS_OF", month.toString()),
        () -> environment.remove("CEP_CONFORMANCE_AS_OF"));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new ImplementationException("cannot start " + name() + ": " + e.getMessage());
    }
    try {
      return finish(process, conformanceCase.document());
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  private Outcome finish(Process process, byte[] document) throws ImplementationException {
    CompletableFuture<Void> input = CompletableFuture.runAsync(() -> write(process, document));
    CompletableFuture<byte[]> output =
        CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    CompletableFuture<byte[]> errors =
        CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    int exit;
    try {
      if (!process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new ImplementationException("no report within the time limit of "
            + timeLimit.toMillis() + " ms; the process was killed");
      }
      exit = process.exitValue();
      input.cancel(true);
      String report = new String(output.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS),
          StandardCharsets.UTF_8);
      try {
        return ReportReading.outcome(report);
      } catch (IllegalArgumentException e) {
        String stderr = new String(errors.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS),
            StandardCharsets.UTF_8);
        throw new ImplementationException("exit code " + exit + ", " + e.getMessage()
            + (stderr.isBlank() ? "" : "; standard error: " + firstLine(stderr)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImplementationException("interrupted while waiting for " + name());
    } catch (ExecutionException | TimeoutException e) {
      throw new ImplementationException("the output of " + name() + " could not be read: " + e);
    }
  }

  private static void write(Process process, byte[] document) {
    try (OutputStream in = process.getOutputStream()) {
      in.write(document);
    } catch (IOException e) {
      // The implementation need not read all of its input (it may refuse the document early):
      // what it reports is what counts.
    }
  }

  private static byte[] read(InputStream stream) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (stream) {
      for (int n; (n = stream.read(buffer)) >= 0; ) {
        if (bytes.size() < MAX_OUTPUT) {
          bytes.write(buffer, 0, Math.min(n, MAX_OUTPUT - bytes.size()));
        }
      }
    } catch (IOException e) {
      // A killed process closes its streams: what was read is all there is.
    }
    return bytes.toByteArray();
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
