package io.github.ceproadmap.model.internal;

import java.util.List;

/**
 * The keys one object type of document format 1.0 knows, in the order they are written, and
 * which of them are required: declared here once for every type, so that the keys the codec
 * reads, the keys it writes, the keys an extension may not take and the order findings are
 * sorted in cannot drift apart.
 */
public final class DocumentShape {
  /** The document object. */
  public static final DocumentShape ROADMAP =
      of("a roadmap", "schemaVersion", "id", "title", "edition", "launched?", "statusQuarter?",
          "axes", "pathways", "crossCuttingActions?", "organizations?", "projects?");

  /** An action axis. */
  public static final DocumentShape AXIS = of("an axis", "id", "title");

  /** A pathway. */
  public static final DocumentShape PATHWAY = of("a pathway", "number", "title", "actions");

  /** An action, in a pathway or cross-cutting. */
  public static final DocumentShape ACTION = of("an action", "id", "axis", "title");

  /** An organisation. */
  public static final DocumentShape ORGANIZATION =
      of("an organization", "id", "name", "roles?", "membershipYears?");

  /** A project. */
  public static final DocumentShape PROJECT =
      of("a project", "id", "title", "kind", "status", "leads?", "actions", "start?",
          "durationMonths?", "contacts?", "description?", "activities?", "outputs?",
          "outcomes?", "deliverables?", "dissemination?");

  /** A project's contact. */
  public static final DocumentShape CONTACT = of("a contact", "name", "email", "organization?");

  /** Every shape, the document object first. */
  public static final List<DocumentShape> ALL =
      List.of(ROADMAP, AXIS, PATHWAY, ACTION, ORGANIZATION, PROJECT, CONTACT);

  private final String what;
  private final List<String> keys;
  private final long requiredMask;

  private DocumentShape(String what, List<String> keys, long requiredMask) {
    this.what = what;
    this.keys = keys;
    this.requiredMask = requiredMask;
  }

  /** Declares a shape; a key that ends in {@code ?} is optional, every other one required. */
  private static DocumentShape of(String what, String... declared) {
    String[] keys = new String[declared.length];
    long required = 0;
    for (int i = 0; i < declared.length; i++) {
      boolean optional = declared[i].endsWith("?");
      keys[i] = optional ? declared[i].substring(0, declared[i].length() - 1) : declared[i];
      required |= optional ? 0 : 1L << i;
    }
    return new DocumentShape(what, List.of(keys), required);
  }

  /**
   * Names the type with an article, for messages.
   *
   * @return the type's name, such as "an action"
   */
  public String what() {
    return what;
  }

  /**
   * Returns the keys in the order they are written.
   *
   * @return the keys
   */
  public List<String> keys() {
    return keys;
  }

  /**
   * Returns which keys are required.
   *
   * @return bit {@code i} set when key {@code i} of {@link #keys()} is required
   */
  public long requiredMask() {
    return requiredMask;
  }
}
