package io.github.ceproadmap.json;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
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
  private static final String YEAR = "a year (an integer from " + Quarter.MIN_YEAR + " to "
      + Quarter.MAX_YEAR + ")";

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
      throw in.error("not a CEP roadmap document: expected a JSON object but found "
          + in.describeCurrent());
    }
    in.recordLocation();
    Roadmap roadmap = readRoadmap();
    if (in.next() != null) {
      throw in.error("unexpected content after the document: " + in.describeCurrent());
    }
    return roadmap;
  }

  Roadmap readRoadmap() {
    Roadmap.Builder roadmap = Roadmap.builder();
    return in.readObject(ObjectShape.ROADMAP, key -> {
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
          roadmap.launched(in.readString("a date like \"2021-03-18\"", RoadmapReader::date));
          break;
        case DocumentKeys.STATUS_QUARTER:
          roadmap.statusQuarter(in.readString("a quarter like \"2024-Q1\"", Quarter::parse));
          break;
        case DocumentKeys.AXES:
          in.readArray(this::readAxis, roadmap::addAxes);
          break;
        case DocumentKeys.PATHWAYS:
          in.readArray(this::readPathway, roadmap::addPathways);
          break;
        case DocumentKeys.CROSS_CUTTING_ACTIONS:
          in.readArray(this::readAction, roadmap::addCrossCuttingActions);
          break;
        case DocumentKeys.ORGANIZATIONS:
          in.readArray(this::readOrganization, roadmap::addOrganizations);
          break;
        case DocumentKeys.PROJECTS:
          in.readArray(this::readProject, roadmap::addProjects);
          break;
        default:
          throw new AssertionError(key);
      }
    }, extensions -> roadmap.putAllExtensions(extensions).build());
  }

  ActionAxis readAxis() {
    ActionAxis.Builder axis = ActionAxis.builder();
    return in.readObject(ObjectShape.AXIS, key -> {
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
    }, extensions -> axis.putAllExtensions(extensions).build());
  }

  Pathway readPathway() {
    Pathway.Builder pathway = Pathway.builder();
    return in.readObject(ObjectShape.PATHWAY, key -> {
      switch (key) {
        case DocumentKeys.NUMBER:
          pathway.number(in.readPositiveInt("a pathway number" + POSITIVE_INT));
          break;
        case DocumentKeys.TITLE:
          pathway.title(in.readString(STRING));
          break;
        case DocumentKeys.ACTIONS:
          in.readArray(this::readAction, pathway::addActions);
          break;
        default:
          throw new AssertionError(key);
      }
    }, extensions -> pathway.putAllExtensions(extensions).build());
  }

  Action readAction() {
    Action.Builder action = Action.builder();
    return in.readObject(ObjectShape.ACTION, key -> {
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
    }, extensions -> action.putAllExtensions(extensions).build());
  }

  Organization readOrganization() {
    Organization.Builder organization = Organization.builder();
    return in.readObject(ObjectShape.ORGANIZATION, key -> {
      switch (key) {
        case DocumentKeys.ID:
          organization.id(in.readString(STRING, RoadmapReader::organizationId));
          break;
        case DocumentKeys.NAME:
          organization.name(in.readString(STRING));
          break;
        case DocumentKeys.ROLES:
          in.readArray(() -> in.readString("an organization role", OrganizationRole::fromId),
              organization::addRoles);
          break;
        case DocumentKeys.MEMBERSHIP_YEARS:
          in.readArray(() -> Year.of(in.readInt(YEAR, Quarter.MIN_YEAR, Quarter.MAX_YEAR)),
              organization::addMembershipYears);
          break;
        default:
          throw new AssertionError(key);
      }
    }, extensions -> organization.putAllExtensions(extensions).build());
  }

  Project readProject() {
    Project.Builder project = Project.builder();
    return in.readObject(ObjectShape.PROJECT, key -> {
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
          in.readArray(() -> in.readString(STRING), project::addLeads);
          break;
        case DocumentKeys.ACTIONS:
          in.readArray(() -> in.readString(ACTION_ID, ActionId::parse), project::addActions);
          break;
        case DocumentKeys.START:
          project.start(in.readString("a year-month like \"2022-05\"", RoadmapReader::yearMonth));
          break;
        case DocumentKeys.DURATION_MONTHS:
          project.durationMonths(in.readPositiveInt("a duration in months" + POSITIVE_INT));
          break;
        case DocumentKeys.CONTACTS:
          in.readArray(this::readContact, project::addContacts);
          break;
        case DocumentKeys.DESCRIPTION:
          project.description(in.readString(STRING));
          break;
        case DocumentKeys.ACTIVITIES:
          in.readArray(() -> in.readString(STRING), project::addActivities);
          break;
        case DocumentKeys.OUTPUTS:
          in.readArray(() -> in.readString(STRING), project::addOutputs);
          break;
        case DocumentKeys.OUTCOMES:
          in.readArray(() -> in.readString(STRING), project::addOutcomes);
          break;
        case DocumentKeys.DELIVERABLES:
          in.readArray(() -> in.readString(STRING), project::addDeliverables);
          break;
        case DocumentKeys.DISSEMINATION:
          in.readArray(() -> in.readString(STRING), project::addDissemination);
          break;
        default:
          throw new AssertionError(key);
      }
    }, extensions -> project.putAllExtensions(extensions).build());
  }

  Contact readContact() {
    Contact.Builder contact = Contact.builder();
    return in.readObject(ObjectShape.CONTACT, key -> {
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
    }, extensions -> contact.putAllExtensions(extensions).build());
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

  private static YearMonth yearMonth(String text) {
    int month = text.length() == 7 && text.charAt(4) == '-' ? digits(text, 5, 7) : -1;
    int year = month >= 1 && month <= 12 ? digits(text, 0, 4) : -1;
    if (year < 0) {
      throw new IllegalArgumentException(
          "expected a year-month like \"2022-05\" but found " + Quoting.quote(text));
    }
    return YearMonth.of(year, month);
  }

  private static LocalDate date(String text) {
    int day = text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
        ? digits(text, 8, 10) : -1;
    int month = day >= 0 ? digits(text, 5, 7) : -1;
    int year = month >= 0 ? digits(text, 0, 4) : -1;
    if (year >= 0) {
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        // Falls through to the message that quotes the text: "2021-02-30" is no date.
      }
    }
    throw new IllegalArgumentException(
        "expected a date like \"2021-03-18\" but found " + Quoting.quote(text));
  }

  // Months are checked by hand rather than by regular expression: a Matcher per
  // action and per project was a tenth of what decoding allocated.

  /** Returns the number that ASCII digits {@code text[from, to)} write, or -1 if any is none. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
