package io.github.ceproadmap.examples;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import java.io.IOException;
import java.nio.file.Path;

/** Example: read a roadmap document and list the actions each project serves. */
public final class ProjectActions {
  private ProjectActions() {}

  /**
   * Reads the document named by the first argument and prints each project with the ids and
   * titles of the actions it serves.
   *
   * @param args the path of a roadmap document
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    // tag::example[]
    Roadmap roadmap = RoadmapCodec.strict().decode(Path.of(args[0]));
    for (Project project : roadmap.projects()) {
      System.out.println(project.id() + " " + project.title() + " (" + project.status().id() + ")");
      for (ActionId id : project.actions()) {
        String title = roadmap.action(id).map(action -> action.title()).orElse("(no such action)");
        System.out.println("  serves " + id + " " + title);
      }
    }
    // end::example[]
  }
}
