package io.github.ceproadmap.benchmarks;

import java.util.List;

/**
 * The roadmap document as plain mutable classes with public fields, read by Jackson databind
 * through reflection: the way most model libraries bind JSON, and the baseline that {@link
 * DecodeBenchmark#databind()} holds the codec against. Ids, months and enum values stay strings
 * here, so this baseline checks less than the codec does.
 */
@SuppressWarnings("unused") // Fields are written by Jackson, by reflection.
public class PlainRoadmap {
  public String schemaVersion;
  public String id;
  public String title;
  public String edition;
  public String launched;
  public String statusQuarter;
  public List<Axis> axes;
  public List<Pathway> pathways;
  public List<Action> crossCuttingActions;
  public List<Organization> organizations;
  public List<Project> projects;

  /** An action axis. */
  public static class Axis {
    public String id;
    public String title;
  }

  /** A pathway and its actions. */
  public static class Pathway {
    public int number;
    public String title;
    public List<Action> actions;
  }

  /** An action. */
  public static class Action {
    public String id;
    public String axis;
    public String title;
  }

  /** An organisation. */
  public static class Organization {
    public String id;
    public String name;
    public List<String> roles;
    public List<Integer> membershipYears;
  }

  /** A project. */
  public static class Project {
    public String id;
    public String title;
    public String kind;
    public String status;
    public List<String> leads;
    public List<String> actions;
    public String start;
    public Integer durationMonths;
    public List<Contact> contacts;
    public String description;
    public List<String> activities;
    public List<String> outputs;
    public List<String> outcomes;
    public List<String> deliverables;
    public List<String> dissemination;
  }

  /** A project contact. */
  public static class Contact {
    public String name;
    public String email;
    public String organization;
  }
}
