package io.github.ceproadmap.json;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.FormatDates;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.OrganizationRole;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectId;
import io.github.ceproadmap.model.ProjectKind;
import io.github.ceproadmap.model.ProjectStatus;
import io.github.ceproadmap.model.Quarter;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.internal.Slugs;
import java.util.regex.Pattern;
import tools.jackson.core.JsonToken;

/**
 * Reads each type of format 1.0 from a {@link DocumentReader}: which keys mean what and how each
 * value is checked. Everything about objects, arrays, scalars and errors is the document
 * reader's.
 */
final class RoadmapReader {
  private static final Pattern SCHEMA_VERSION = Pattern.compile("1\\.(0|[1-9][0-9]*)");
  private static final String STRING = "a string";
  private static final String ACTION_ID = "an action id like \"2.5\"";
  private static final String POSITIVE_INT = " (an integer from 1 to 2147483647)";
  private static final String YEAR = "a year (an integer from " + FormatDates.MIN_YEAR + " to "
      + FormatDates.MAX_YEAR + ")";

  private final DocumentReader in;

  RoadmapReader(DocumentReader in) {
    this.in = in;
  }

  /**
   * Reads a whole document: one roadmap object and nothing after it.
   *
   * @throws RoadmapDecodeException for content that is not a roadmap document
   * @throws tools.jackson.core.JacksonException for malformed JSON and exceeded limits, which the
   *     caller turns into {@link RoadmapDecodeException} with {@link DocumentReader#failure}
   */
  Roadmap readDocument() {
    JsonToken first = in.next();
    if (first != JsonToken.START_OBJECT) {
      throw in.error(RoadmapDecodeException.Code.WRONG_TYPE,
          "not a CEP roadmap document: expected a JSON object but found "
          + in.describeCurrent());
    }
    in.recordLocation();
    Roadmap roadmap = readRoadmap();
    if (in.next() != null) {
      throw in.error(RoadmapDecodeException.Code.NOT_JSON,
          "unexpected content after the document: " + in.describeCurrent());
    }
    return roadmap;
  }

  Roadmap readRoadmap() {
    Roadmap.Builder roadmap = Roadmap.builder();
    for (String key = in.firstKey(ObjectShape.ROADMAP); key != null; key = in.nextKey()) {
      switch (key) {
        case DocumentKeys.SCHEMA_VERSION:
          in.readString("a schema version like \"1.0\"", RoadmapReader::checkSchemaVersion);
          break;
        case DocumentKeys.ID:
          roadmap.id(in.readString(STRING, text -> Slugs.require(text, "a roadmap id")));
          break;
        case DocumentKeys.TITLE:
          roadmap.title(in.readString(STRING));
          break;
        case DocumentKeys.EDITION:
          roadmap.edition(in.readString(STRING));
          break;
        case DocumentKeys.LAUNCHED:
          roadmap.launched(in.readString("a date like \"2021-03-18\"", FormatDates::parseDate));
          break;
        case DocumentKeys.STATUS_QUARTER:
          roadmap.statusQuarter(in.readString("a quarter like \"2024-Q1\"", Quarter::parse));
          break;
        case DocumentKeys.AXES:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            roadmap.addAxes(readAxis());
          }
          break;
        case DocumentKeys.PATHWAYS:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            roadmap.addPathways(readPathway());
          }
          break;
        case DocumentKeys.CROSS_CUTTING_ACTIONS:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            roadmap.addCrossCuttingActions(readAction());
          }
          break;
        case DocumentKeys.ORGANIZATIONS:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            roadmap.addOrganizations(readOrganization());
          }
          break;
        case DocumentKeys.PROJECTS:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            roadmap.addProjects(readProject());
          }
          break;
        default:
          throw new AssertionError(key);
      }
    }
    return in.endObject(roadmap, Roadmap.Builder::putAllExtensions, Roadmap.Builder::build);
  }

  ActionAxis readAxis() {
    ActionAxis.Builder axis = ActionAxis.builder();
    for (String key = in.firstKey(ObjectShape.AXIS); key != null; key = in.nextKey()) {
      switch (key) {
        case DocumentKeys.ID:
          axis.id(in.readString(STRING, text -> Slugs.require(text, "an axis id")));
          break;
        case DocumentKeys.TITLE:
          axis.title(in.readString(STRING));
          break;
        default:
          throw new AssertionError(key);
      }
    }
    return in.endObject(axis, ActionAxis.Builder::putAllExtensions, ActionAxis.Builder::build);
  }

  Pathway readPathway() {
    Pathway.Builder pathway = Pathway.builder();
    for (String key = in.firstKey(ObjectShape.PATHWAY); key != null; key = in.nextKey()) {
      switch (key) {
        case DocumentKeys.NUMBER:
          pathway.number(in.readPositiveInt("a pathway number" + POSITIVE_INT));
          break;
        case DocumentKeys.TITLE:
          pathway.title(in.readString(STRING));
          break;
        case DocumentKeys.ACTIONS:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            pathway.addActions(readAction());
          }
          break;
        default:
          throw new AssertionError(key);
      }
    }
    return in.endObject(pathway, Pathway.Builder::putAllExtensions, Pathway.Builder::build);
  }

  Action readAction() {
    Action.Builder action = Action.builder();
    for (String key = in.firstKey(ObjectShape.ACTION); key != null; key = in.nextKey()) {
      switch (key) {
        case DocumentKeys.ID:
          action.id(in.readString(ACTION_ID, ActionId::parse));
          break;
        case DocumentKeys.AXIS:
          action.axis(in.readString(STRING, text -> Slugs.require(text, "an axis id")));
          break;
        case DocumentKeys.TITLE:
          action.title(in.readString(STRING));
          break;
        default:
          throw new AssertionError(key);
      }
    }
    return in.endObject(action, Action.Builder::putAllExtensions, Action.Builder::build);
  }

  Organization readOrganization() {
    Organization.Builder organization = Organization.builder();
    for (String key = in.firstKey(ObjectShape.ORGANIZATION); key != null; key = in.nextKey()) {
      switch (key) {
        case DocumentKeys.ID:
          organization.id(in.readString(STRING, RoadmapReader::organizationId));
          break;
        case DocumentKeys.NAME:
          organization.name(in.readString(STRING));
          break;
        case DocumentKeys.ROLES:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            organization.addRoles(in.readString("an organization role", OrganizationRole::fromId));
          }
          break;
        case DocumentKeys.MEMBERSHIP_YEARS:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            organization.addMembershipYears(
                FormatDates.year(in.readInt(YEAR, FormatDates.MIN_YEAR, FormatDates.MAX_YEAR)));
          }
          break;
        default:
          throw new AssertionError(key);
      }
    }
    return in.endObject(
        organization, Organization.Builder::putAllExtensions, Organization.Builder::build);
  }

  Project readProject() {
    Project.Builder project = Project.builder();
    for (String key = in.firstKey(ObjectShape.PROJECT); key != null; key = in.nextKey()) {
      switch (key) {
        case DocumentKeys.ID:
          project.id(in.readString("a project id like \"P2.1\"", ProjectId::parse));
          break;
        case DocumentKeys.TITLE:
          project.title(in.readString(STRING));
          break;
        case DocumentKeys.KIND:
          project.kind(in.readString("a project kind", ProjectKind::fromId));
          break;
        case DocumentKeys.STATUS:
          project.status(in.readString("a project status", ProjectStatus::fromId));
          break;
        case DocumentKeys.LEADS:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            project.addLeads(in.readString(STRING));
          }
          break;
        case DocumentKeys.ACTIONS:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            project.addActions(in.readString(ACTION_ID, ActionId::parse));
          }
          break;
        case DocumentKeys.START:
          project.start(in.readString("a year-month like \"2022-05\"", FormatDates::parseMonth));
          break;
        case DocumentKeys.DURATION_MONTHS:
          project.durationMonths(in.readPositiveInt("a duration in months" + POSITIVE_INT));
          break;
        case DocumentKeys.CONTACTS:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            project.addContacts(readContact());
          }
          break;
        case DocumentKeys.DESCRIPTION:
          project.description(in.readString(STRING));
          break;
        case DocumentKeys.ACTIVITIES:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            project.addActivities(in.readString(STRING));
          }
          break;
        case DocumentKeys.OUTPUTS:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            project.addOutputs(in.readString(STRING));
          }
          break;
        case DocumentKeys.OUTCOMES:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            project.addOutcomes(in.readString(STRING));
          }
          break;
        case DocumentKeys.DELIVERABLES:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            project.addDeliverables(in.readString(STRING));
          }
          break;
        case DocumentKeys.DISSEMINATION:
          for (boolean more = in.firstElement(); more; more = in.nextElement()) {
            project.addDissemination(in.readString(STRING));
          }
          break;
        default:
          throw new AssertionError(key);
      }
    }
    return in.endObject(project, Project.Builder::putAllExtensions, Project.Builder::build);
  }

  Contact readContact() {
    Contact.Builder contact = Contact.builder();
    for (String key = in.firstKey(ObjectShape.CONTACT); key != null; key = in.nextKey()) {
      switch (key) {
        case DocumentKeys.NAME:
          contact.name(in.readString(STRING));
          break;
        case DocumentKeys.EMAIL:
          contact.email(in.readString(STRING));
          break;
        case DocumentKeys.ORGANIZATION:
          contact.organization(in.readString(STRING));
          break;
        default:
          throw new AssertionError(key);
      }
    }
    return in.endObject(contact, Contact.Builder::putAllExtensions, Contact.Builder::build);
  }

  private static String checkSchemaVersion(String version) {
    if (!SCHEMA_VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("unsupported schemaVersion " + Quoting.quote(version)
          + "; this reader reads 1.x");
    }
    return version;
  }

  private static String organizationId(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("expected a non-empty organization id but found \"\"");
    }
    return text;
  }
}
