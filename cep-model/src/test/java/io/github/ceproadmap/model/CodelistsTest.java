package io.github.ceproadmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The codelists are the model's constants: each code's id, title and description, in order. */
class CodelistsTest {
  private static <E extends Enum<E>> List<Codelists.Code> codes(E[] values,
      Function<E, String> id, Function<E, String> title, Function<E, String> description) {
    return Stream.of(values)
        .map(c -> new Codelists.Code(id.apply(c), title.apply(c), description.apply(c)))
        .toList();
  }

  @Test
  void eachCodelistListsItsConstantsWithTheirPublicIdTitleAndDescription() {
    assertEquals(codes(ProjectKind.values(), ProjectKind::id, ProjectKind::title,
        ProjectKind::description), Codelists.all().get("project-kind"));
    assertEquals(codes(ProjectStatus.values(), ProjectStatus::id, ProjectStatus::title,
        ProjectStatus::description), Codelists.all().get("project-status"));
    assertEquals(codes(OrganizationRole.values(), OrganizationRole::id, OrganizationRole::title,
        OrganizationRole::description), Codelists.all().get("organization-role"));
    assertEquals(codes(ActionState.values(), ActionState::id, ActionState::title,
        ActionState::description), Codelists.all().get("action-state"));
  }

  @Test
  void idsAreTheNamesInKebabCaseAndReadBack() {
    assertEquals("cep-activity", ProjectKind.CEP_ACTIVITY.id());
    assertEquals("In (re) scoping", ProjectStatus.SCOPING.title());
    assertEquals("founding-partner", OrganizationRole.FOUNDING_PARTNER.id());
    assertEquals("cep-activity-running", ActionState.CEP_ACTIVITY_RUNNING.id());
    for (ProjectStatus status : ProjectStatus.values()) {
      assertEquals(status, ProjectStatus.fromId(status.id()));
      assertFalse(status.description().isBlank());
    }
  }
}
