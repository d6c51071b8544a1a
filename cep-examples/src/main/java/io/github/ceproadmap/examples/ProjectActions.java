package io.github.ceproadmap.examples;

// tag::example[]
import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.json.RoadmapDecodeException;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import java.io.IOException;
import java.nio.file.Path;

/** Example: read a roadmap document, list what each project serves, write a changed copy. */
public final class ProjectActions {
  private ProjectActions() {}

  /**
   * Reads the document named by the first argument, prints each project with the ids and titles
   * of the actions it serves, and writes the roadmap, retitled, to the second argument.
   *
   * @param args the path of a roadmap document, and the path to write the copy to
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Roadmap roadmap;
    try {
      roadmap = RoadmapCodec.strict().decode(Path.of(args[0]));
    } catch (RoadmapDecodeException e) {
      System.err.println(args[0] + ": " + e.getMessage()); // says line, column and JSON Pointer
      return;
    }
    for (Project project : roadmap.projects()) {
      System.out.println(project.id() + " " + project.title() + " (" + project.status().id() + ")");
      for (ActionId id : project.actions()) {
        String title = roadmap.action(id).map(action -> action.title()).orElse("(no such action)");
        System.out.println("  serves " + id + " " + title);
      }
    }
    Roadmap copy = roadmap.toBuilder().title(roadmap.title() + " (working copy)").build();
    RoadmapCodec.builder().pretty(true).build().encode(copy, Path.of(args[1]));
  }
}
// end::example[]
