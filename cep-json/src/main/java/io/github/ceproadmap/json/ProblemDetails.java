package io.github.ceproadmap.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.github.ceproadmap.model.validation.Severity;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * RFC 9457 problem details for a roadmap document a service could not accept: plain Java, to be
 * sent by any web framework with the media type {@link #MEDIA_TYPE}.
 *
 * <p>The body holds the standard members {@code type}, {@code title}, {@code status} and {@code
 * detail}, and the extension member {@code findings}: each problem with its {@code rule}, {@code
 * severity}, {@code pointer}, {@code line}, {@code column}, {@code message} and, for a finding
 * that has them, {@code values}, as in the validation report. Status 400 means the document
 * could not be read or decoded; 422 means it was read and has error findings. Instances are
 * immutable.
 */
public final class ProblemDetails {
  /** The media type of a problem details body. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The problem type of a document that cannot be read or decoded (status 400). */
  public static final String UNREADABLE_TYPE =
      "https://github.com/ceproadmap/cep-roadmap/blob/main/docs/spring-boot.md#unreadable-document";

  /** The problem type of a document with error findings (status 422). */
  public static final String INVALID_TYPE =
      "https://github.com/ceproadmap/cep-roadmap/blob/main/docs/spring-boot.md#invalid-roadmap";

  /** How deep {@link #causedBy} looks; frameworks wrap a few levels, never dozens. */
  private static final int MAX_CAUSES = 32;

  private final String type;
  private final String title;
  private final int status;
  private final String detail;
  private final List<DocumentReport.Entry> findings;

  private ProblemDetails(String type, String title, int status, String detail,
      List<DocumentReport.Entry> findings) {
    this.type = type;
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.findings = List.copyOf(findings);
  }

  static ProblemDetails unreadable(List<DocumentReport.Entry> entries) {
    return new ProblemDetails(UNREADABLE_TYPE, "Roadmap document cannot be read", 400,
        "The document is not a roadmap document of format 1.0: " + entries.get(0).message(),
        entries);
  }

  static ProblemDetails invalid(String file, List<DocumentReport.Entry> entries) {
    long errors = entries.stream()
        .filter(e -> e.severity() == Severity.ERROR)
        .count();
    return new ProblemDetails(INVALID_TYPE, "Roadmap is not valid", 422,
        file + " breaks " + errors + (errors == 1 ? " rule" : " rules")
            + " of the rule catalogue; see findings.", entries);
  }

  /**
   * Returns the problem details of a decode error, for a document that could not be read.
   *
   * @param error the decode error, with its absolute pointer and location
   * @return problem details with status 400 and one {@code decode-error} finding
   */
  public static ProblemDetails of(RoadmapDecodeException error) {
    return unreadable(DocumentReport.undecodable("", error).entries());
  }

  /**
   * Finds a {@link RoadmapDecodeException} among the causes of {@code failure}, as a framework
   * wraps the one that {@link CepJsonModule} reports inside a Jackson exception and its own.
   *
   * @param failure what the framework threw while reading a request
   * @return the problem details of the decode error; empty if no cause is one
   */
  public static Optional<ProblemDetails> causedBy(Throwable failure) {
    // Bounded: a chain of causes may loop back on itself.
    @Nullable Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
      if (cause instanceof RoadmapDecodeException error) {
        return Optional.of(of(error));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the problem type, a URI.
   *
   * @return {@link #UNREADABLE_TYPE} or {@link #INVALID_TYPE}
   */
  public String type() {
    return type;
  }

  /**
   * Returns the short summary of the problem type.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the HTTP status to answer with.
   *
   * @return 400 or 422
   */
  public int status() {
    return status;
  }

  /**
   * Returns what went wrong with this document, for a person.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns each problem with its pointer, line and column.
   *
   * @return the findings, in document order
   */
  public List<DocumentReport.Entry> findings() {
    return findings;
  }

  /**
   * Writes the problem details as the JSON body of a response.
   *
   * @return pretty-printed JSON with a final line break
   */
  public String toJson() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("findings", DocumentReport.entriesAsJson(findings));
    return DocumentReport.write(body);
  }

  /**
   * Returns the status and title, for debugging.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "ProblemDetails[" + status + " " + title + ", " + findings.size() + " findings]";
  }
}
