package io.github.ceproadmap.json;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.FormatDates;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes each type of format 1.0 to a Jackson generator, keys in the order of {@link ObjectShape}
 * and extensions last. Optional values are left out when absent and optional arrays when empty;
 * required arrays are always written. Whether the output is compact or pretty is the generator's
 * business. Stateless apart from its factory, so one instance serves every thread.
 */
final class RoadmapWriter {
  /** The version every document this writer writes declares. */
  static final String FORMAT_VERSION = "1.0";

  private final JsonFactory extensionText;

  /** @param extensionText the factory that parses extension values back from their JSON text */
  RoadmapWriter(JsonFactory extensionText) {
    this.extensionText = extensionText;
  }

  void writeRoadmap(Roadmap roadmap, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty(DocumentKeys.SCHEMA_VERSION, FORMAT_VERSION);
    out.writeStringProperty(DocumentKeys.ID, roadmap.id());
    out.writeStringProperty(DocumentKeys.TITLE, roadmap.title());
    out.writeStringProperty(DocumentKeys.EDITION, roadmap.edition());
    roadmap.launched()
        .ifPresent(day -> out.writeStringProperty(DocumentKeys.LAUNCHED, FormatDates.format(day)));
    roadmap.statusQuarter()
        .ifPresent(quarter ->
            out.writeStringProperty(DocumentKeys.STATUS_QUARTER, quarter.toString()));
    writeArray(out, DocumentKeys.AXES, roadmap.axes(), this::writeAxis);
    writeArray(out, DocumentKeys.PATHWAYS, roadmap.pathways(), this::writePathway);
    writeArrayIfAny(out, DocumentKeys.CROSS_CUTTING_ACTIONS, roadmap.crossCuttingActions(),
        this::writeAction);
    writeArrayIfAny(out, DocumentKeys.ORGANIZATIONS, roadmap.organizations(),
        this::writeOrganization);
    writeArrayIfAny(out, DocumentKeys.PROJECTS, roadmap.projects(), this::writeProject);
    writeExtensions(out, roadmap.extensions());
    out.writeEndObject();
  }

  void writeAxis(ActionAxis axis, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty(DocumentKeys.ID, axis.id());
    out.writeStringProperty(DocumentKeys.TITLE, axis.title());
    writeExtensions(out, axis.extensions());
    out.writeEndObject();
  }

  void writePathway(Pathway pathway, JsonGenerator out) {
    out.writeStartObject();
    out.writeNumberProperty(DocumentKeys.NUMBER, pathway.number());
    out.writeStringProperty(DocumentKeys.TITLE, pathway.title());
    writeArray(out, DocumentKeys.ACTIONS, pathway.actions(), this::writeAction);
    writeExtensions(out, pathway.extensions());
    out.writeEndObject();
  }

  void writeAction(Action action, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty(DocumentKeys.ID, action.id().toString());
    out.writeStringProperty(DocumentKeys.AXIS, action.axis());
    out.writeStringProperty(DocumentKeys.TITLE, action.title());
    writeExtensions(out, action.extensions());
    out.writeEndObject();
  }

  void writeOrganization(Organization organization, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty(DocumentKeys.ID, organization.id());
    out.writeStringProperty(DocumentKeys.NAME, organization.name());
    writeArrayIfAny(out, DocumentKeys.ROLES, organization.roles(),
        (role, to) -> to.writeString(role.id()));
    writeArrayIfAny(out, DocumentKeys.MEMBERSHIP_YEARS, organization.membershipYears(),
        (year, to) -> to.writeNumber(year.getValue()));
    writeExtensions(out, organization.extensions());
    out.writeEndObject();
  }

  void writeProject(Project project, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty(DocumentKeys.ID, project.id().toString());
    out.writeStringProperty(DocumentKeys.TITLE, project.title());
    out.writeStringProperty(DocumentKeys.KIND, project.kind().id());
    out.writeStringProperty(DocumentKeys.STATUS, project.status().id());
    writeArrayIfAny(out, DocumentKeys.LEADS, project.leads(), RoadmapWriter::writeString);
    writeArray(out, DocumentKeys.ACTIONS, project.actions(),
        (id, to) -> to.writeString(id.toString()));
    project.start()
        .ifPresent(start -> out.writeStringProperty(DocumentKeys.START, FormatDates.format(start)));
    project.durationMonths()
        .ifPresent(months -> out.writeNumberProperty(DocumentKeys.DURATION_MONTHS, months));
    writeArrayIfAny(out, DocumentKeys.CONTACTS, project.contacts(), this::writeContact);
    project.description()
        .ifPresent(text -> out.writeStringProperty(DocumentKeys.DESCRIPTION, text));
    writeArrayIfAny(out, DocumentKeys.ACTIVITIES, project.activities(), RoadmapWriter::writeString);
    writeArrayIfAny(out, DocumentKeys.OUTPUTS, project.outputs(), RoadmapWriter::writeString);
    writeArrayIfAny(out, DocumentKeys.OUTCOMES, project.outcomes(), RoadmapWriter::writeString);
    writeArrayIfAny(out, DocumentKeys.DELIVERABLES, project.deliverables(),
        RoadmapWriter::writeString);
    writeArrayIfAny(out, DocumentKeys.DISSEMINATION, project.dissemination(),
        RoadmapWriter::writeString);
    writeExtensions(out, project.extensions());
    out.writeEndObject();
  }

  void writeContact(Contact contact, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty(DocumentKeys.NAME, contact.name());
    out.writeStringProperty(DocumentKeys.EMAIL, contact.email());
    contact.organization().ifPresent(id -> out.writeStringProperty(DocumentKeys.ORGANIZATION, id));
    writeExtensions(out, contact.extensions());
    out.writeEndObject();
  }

  private static void writeString(String text, JsonGenerator out) {
    out.writeString(text);
  }

  private static <T> void writeArray(
      JsonGenerator out, String key, List<T> items, BiConsumer<T, JsonGenerator> element) {
    out.writeArrayPropertyStart(key);
    // By index, not by iterator: the model's lists are all random access, and an iterator per
    // array (several per project) was a fifth of what encoding allocated.
    for (int i = 0; i < items.size(); i++) {
      element.accept(items.get(i), out);
    }
    out.writeEndArray();
  }

  private static <T> void writeArrayIfAny(
      JsonGenerator out, String key, List<T> items, BiConsumer<T, JsonGenerator> element) {
    if (!items.isEmpty()) {
      writeArray(out, key, items, element);
    }
  }

  /**
   * Writes each extension member by parsing its stored JSON text and copying the value through
   * {@code out}, so that a pretty generator indents it like the rest of the document.
   *
   * <p>The model has checked when the value was built that no member takes a key of the shape
   * and that each is one JSON value within the default decode limits.
   *
   * @throws IllegalArgumentException if a member's text exceeds this codec's own, lower limits
   */
  private void writeExtensions(JsonGenerator out, Map<String, String> extensions) {
    for (Map.Entry<String, String> member : extensions.entrySet()) {
      String key = member.getKey();
      out.writeName(key);
      DocumentPointer pointer = PointerPath.of(out.streamWriteContext());
      copyJsonText(out, member.getValue(), () -> "extension member " + Quoting.quote(key)
          + " at " + pointer + " holds " + Quoting.quote(member.getValue()));
    }
  }

  /** Copies {@code text} to {@code out}; {@code member} names it if it is not one JSON value. */
  private void copyJsonText(JsonGenerator out, String text, Supplier<String> member) {
    String problem;
    try (JsonParser in = extensionText.createParser(ObjectReadContext.empty(), text)) {
      if (in.nextToken() != null) {
        JsonValues.copy(in, out);
        if (in.nextToken() == null) {
          return;
        }
        problem = "content after the first value";
      } else {
        problem = "no value";
      }
    } catch (StreamReadException | StreamConstraintsException e) {
      problem = DocumentReader.jacksonProblem(e);
    }
    throw new IllegalArgumentException(member.get() + ", which is not one JSON value: " + problem);
  }
}
