package io.github.ceproadmap.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The format's codelists: each list of codes a document may use, every code with its title and
 * a one-sentence definition. The codes, titles and definitions are those of the model's own
 * constants ({@link ProjectKind#title()}, {@link ActionAxis#title()}, ...), so renderers, the
 * published CSV codelists of cep-json and this class say the same words.
 */
public final class Codelists {
  /**
   * One code of a codelist.
   *
   * @param code the value a document uses, such as {@code "running"}
   * @param title the words people read for it, such as "Running"
   * @param description what it means, in one sentence
   */
  public record Code(String code, String title, String description) {
    /**
     * Checks that no component is null.
     *
     * @param code see {@link #code()}
     * @param title see {@link #title()}
     * @param description see {@link #description()}
     * @throws NullPointerException if a component is null
     */
    public Code {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(description, "description");
    }
  }

  private static final Map<String, List<Code>> ALL = all0();

  private Codelists() {}

  /**
   * Returns every codelist by name: {@code project-kind}, {@code project-status}, {@code
   * organization-role}, {@code action-state} and {@code axis-2.0} (the axes of edition 2.0).
   *
   * @return the codelists, in that order, each in the order of its codes
   */
  public static Map<String, List<Code>> all() {
    return ALL;
  }

  private static Map<String, List<Code>> all0() {
    Map<String, List<Code>> all = new LinkedHashMap<>();
    all.put("project-kind",
        Arrays.stream(ProjectKind.values()).map(ProjectKind::code).toList());
    all.put("project-status",
        Arrays.stream(ProjectStatus.values()).map(ProjectStatus::code).toList());
    all.put("organization-role",
        Arrays.stream(OrganizationRole.values()).map(OrganizationRole::code).toList());
    all.put("action-state",
        Arrays.stream(ActionState.values()).map(ActionState::code).toList());
    all.put("axis-2.0", List.of(
        axis(ActionAxis.COLLECTIVE, "Actions the partnership's members take together."),
        axis(ActionAxis.COMPANY, "Actions each company takes in its own business."),
        axis(ActionAxis.WIDER_STAKEHOLDER,
            "What the partnership asks of governments, investors and other stakeholders.")));
    return java.util.Collections.unmodifiableMap(all);
  }

  private static Code axis(ActionAxis axis, String description) {
    return new Code(axis.id(), axis.title(), description);
  }
}
