package io.github.ceproadmap.model.internal;

import static io.github.ceproadmap.model.internal.DocumentKeys.*;

import java.util.List;

/**
 * The keys one object type of document format 1.0 knows, in the order they are written, and
 * which of them are required: declared here once for every type, so that the keys the codec
 * reads, the keys it writes, the keys an extension may not take and the order findings are
 * sorted in cannot drift apart. The key names themselves are spelled once, in
 * {@link DocumentKeys}.
 */
public final class DocumentShape {
  /** The document object. */
  public static final DocumentShape ROADMAP =
      of("a roadmap", SCHEMA_VERSION, ID, TITLE, EDITION, optional(LAUNCHED),
          optional(STATUS_QUARTER), AXES, PATHWAYS, optional(CROSS_CUTTING_ACTIONS),
          optional(ORGANIZATIONS), optional(PROJECTS));

  /** An action axis. */
  public static final DocumentShape AXIS = of("an axis", ID, TITLE);

  /** A pathway. */
  public static final DocumentShape PATHWAY = of("a pathway", NUMBER, TITLE, ACTIONS);

  /** An action, in a pathway or cross-cutting. */
  public static final DocumentShape ACTION = of("an action", ID, DocumentKeys.AXIS, TITLE);

  /** An organisation. */
  public static final DocumentShape ORGANIZATION =
      of("an organization", ID, NAME, optional(ROLES), optional(MEMBERSHIP_YEARS));

  /** A project. */
  public static final DocumentShape PROJECT =
      of("a project", ID, TITLE, KIND, STATUS, optional(LEADS), ACTIONS, optional(START),
          optional(DURATION_MONTHS), optional(CONTACTS), optional(DESCRIPTION),
          optional(ACTIVITIES), optional(OUTPUTS), optional(OUTCOMES), optional(DELIVERABLES),
          optional(DISSEMINATION));

  /** A project's contact. */
  public static final DocumentShape CONTACT =
      of("a contact", NAME, EMAIL, optional(DocumentKeys.ORGANIZATION));

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

  /** Marks {@code key} optional in {@link #of}. */
  private static String optional(String key) {
    return key + "?";
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
