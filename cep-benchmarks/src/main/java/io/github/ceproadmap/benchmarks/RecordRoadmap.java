package io.github.ceproadmap.benchmarks;

import java.util.List;

/**
 * The roadmap document as Java records, read by Jackson databind through their canonical
 * constructors: what a developer who does not use this library would write to read the format,
 * and the baseline that {@link DecodeBenchmark#databindRecords()} holds the codec against. Ids,
 * months and enum values stay strings, so this baseline checks less than the codec does.
 *
 * @param schemaVersion the format version
 * @param id the roadmap id
 * @param title the title
 * @param edition the edition
 * @param launched the launch day, if given
 * @param statusQuarter the quarter the projects' state is of, if given
 * @param axes the action axes
 * @param pathways the pathways
 * @param crossCuttingActions the actions outside any pathway
 * @param organizations the organisations
 * @param projects the projects
 */
public record RecordRoadmap(
    String schemaVersion,
    String id,
    String title,
    String edition,
    String launched,
    String statusQuarter,
    List<Axis> axes,
    List<Pathway> pathways,
    List<Action> crossCuttingActions,
    List<Organization> organizations,
    List<Project> projects) {

  /**
   * An action axis.
   *
   * @param id the axis id
   * @param title the title
   */
  public record Axis(String id, String title) {}

  /**
   * A pathway and its actions.
   *
   * @param number the pathway number
   * @param title the title
   * @param actions the actions
   */
  public record Pathway(int number, String title, List<Action> actions) {}

  /**
   * An action.
   *
   * @param id the action id
   * @param axis the axis id
   * @param title the title
   */
  public record Action(String id, String axis, String title) {}

  /**
   * An organisation.
   *
   * @param id the organisation id
   * @param name the name
   * @param roles the role ids
   * @param membershipYears the years of membership
   */
  public record Organization(String id, String name, List<String> roles,
      List<Integer> membershipYears) {}

  /**
   * A project.
   *
   * @param id the project id
   * @param title the title
   * @param kind the kind
   * @param status the status
   * @param leads the lead organisations' ids
   * @param actions the action ids it serves
   * @param start the start month
   * @param durationMonths the duration in months, if given
   * @param contacts the contacts
   * @param description the description
   * @param activities the activities
   * @param outputs the outputs
   * @param outcomes the outcomes
   * @param deliverables the deliverables
   * @param dissemination the dissemination
   */
  public record Project(
      String id,
      String title,
      String kind,
      String status,
      List<String> leads,
      List<String> actions,
      String start,
      Integer durationMonths,
      List<Contact> contacts,
      String description,
      List<String> activities,
      List<String> outputs,
      List<String> outcomes,
      List<String> deliverables,
      List<String> dissemination) {}

  /**
   * A project contact.
   *
   * @param name the name
   * @param email the e-mail address
   * @param organization the organisation's id
   */
  public record Contact(String name, String email, String organization) {}
}
