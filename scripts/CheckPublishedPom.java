import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a POM that Maven installs and publishes for a cep-roadmap module: the flattened one that
 * flatten-maven-plugin writes to target/.flattened-pom.xml. A consumer must be able to resolve it
 * on its own, so it names no parent, carries no build, profiles, properties or dependency
 * management, lists no test dependency, and has every element Maven Central asks for. A BOM
 * (packaging {@code pom}, cep-bom) is the one POM with dependency management: there it must manage
 * only cep-roadmap's own modules, each with a version of its own.
 *
 * <pre>java scripts/CheckPublishedPom.java [--release] POM...</pre>
 *
 * <p>{@code --release} also refuses SNAPSHOT versions. Needs only a JDK (11 or newer runs a source
 * file directly), so the build can run it: every published module checks its own POM in the
 * verify phase (see the parent POM), and scripts/check-bundle.sh checks the POMs in the bundle.
 * Exits 1 and names every problem if a POM falls short.
 */
public final class CheckPublishedPom {
  private static final String POM_NAMESPACE = "http://maven.apache.org/POM/4.0.0";

  /**
   * What each published module may bring onto a consumer's compile or run time path. cep-model
   * needs only the JDK and JSpecify (CRAFT.md); anything new here is a decision, not an accident.
   */
  private static final Map<String, Set<String>> ALLOWED_FOR_CONSUMERS = Map.of(
      "cep-model", Set.of("org.jspecify:jspecify"),
      "cep-json", Set.of("io.github.ceproadmap:cep-model", "tools.jackson.core:jackson-databind"),
      "cep-render", Set.of("io.github.ceproadmap:cep-model", "org.jspecify:jspecify"));

  private static final List<String> FORBIDDEN = List.of("parent", "build", "profiles", "properties",
      "dependencyManagement", "repositories", "pluginRepositories", "distributionManagement",
      "reporting", "modules");

  private static final List<String> REQUIRED = List.of("groupId", "artifactId", "version", "name",
      "description", "url", "licenses/license/name", "licenses/license/url",
      "developers/developer/name", "scm/connection", "scm/developerConnection", "scm/url");

  private CheckPublishedPom() {}

  public static void main(String[] args) throws Exception {
    boolean release = args.length > 0 && args[0].equals("--release");
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (int i = release ? 1 : 0; i < args.length; i++) {
      problems.addAll(check(new File(args[i]), release));
      checked++;
    }
    if (checked == 0) {
      problems.add("no POM given: java scripts/CheckPublishedPom.java [--release] POM...");
    }
    for (String problem : problems) {
      System.err.println("PROBLEM: " + problem);
    }
    System.exit(problems.isEmpty() ? 0 : 1);
  }

  static List<String> check(File pom, boolean release) {
    List<String> problems = new ArrayList<>();
    Element project;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      project = factory.newDocumentBuilder().parse(pom).getDocumentElement();
    } catch (Exception e) {
      problems.add(pom + ": cannot read: " + e.getMessage());
      return problems;
    }
    String artifactId = text(project, "artifactId");
    String where = pom + " (" + (artifactId.isEmpty() ? "?" : artifactId) + ")";

    boolean bom = text(project, "packaging").equals("pom");
    for (String tag : FORBIDDEN) {
      if (child(project, tag) != null && !(bom && tag.equals("dependencyManagement"))) {
        problems.add(where + ": has <" + tag + ">, which a consumer's build would inherit or need");
      }
    }
    for (String path : REQUIRED) {
      if (text(project, path).isBlank()) {
        problems.add(where + ": lacks <" + path + ">, which Maven Central requires");
      }
    }
    unresolved(project, where, problems);
    if (release && text(project, "version").endsWith("-SNAPSHOT")) {
      problems.add(where + ": version " + text(project, "version") + " is a snapshot");
    }

    Set<String> forConsumers = new TreeSet<>();
    int count = 0;
    for (Element dependency : children(child(project, "dependencies"), "dependency")) {
      count++;
      String coordinates = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
      String scope = text(dependency, "scope").isEmpty() ? "compile" : text(dependency, "scope");
      String version = text(dependency, "version");
      if (version.isEmpty()) {
        problems.add(where + ": dependency " + coordinates + " has no version of its own");
      } else if (release && version.endsWith("-SNAPSHOT")) {
        problems.add(where + ": dependency " + coordinates + " is a snapshot (" + version + ")");
      }
      if (scope.equals("test")) {
        problems.add(where + ": lists test dependency " + coordinates);
      }
      if ((scope.equals("compile") || scope.equals("runtime"))
          && !text(dependency, "optional").equals("true")) {
        forConsumers.add(coordinates);
      }
    }
    if (bom) {
      managed(project, where, problems);
    }
    Set<String> allowed = ALLOWED_FOR_CONSUMERS.get(artifactId);
    if (allowed != null && !allowed.containsAll(forConsumers)) {
      Set<String> extra = new TreeSet<>(forConsumers);
      extra.removeAll(allowed);
      problems.add(where + ": brings unexpected dependencies onto consumers' paths: " + extra);
    }
    System.out.println("checked " + where + ": " + count + " dependencies, consumers get "
        + (forConsumers.isEmpty() ? "nothing" : String.join(", ", forConsumers)));
    return problems;
  }

  /** A BOM manages cep-roadmap's modules only, each at a version of its own, and at least one. */
  private static void managed(Element project, String where, List<String> problems) {
    List<Element> managed = children(
        child(child(project, "dependencyManagement"), "dependencies"), "dependency");
    if (managed.isEmpty()) {
      problems.add(where + ": is a BOM that manages no module");
    }
    for (Element dependency : managed) {
      String coordinates = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
      if (!text(dependency, "groupId").equals(text(project, "groupId"))) {
        problems.add(where + ": manages " + coordinates + ", which is not one of its modules");
      }
      if (!text(dependency, "version").equals(text(project, "version"))) {
        problems.add(where + ": manages " + coordinates + " at version '"
            + text(dependency, "version") + "', not its own");
      }
    }
    System.out.println("checked " + where + ": a BOM of " + managed.size() + " artifacts");
  }

  private static void unresolved(Node node, String where, List<String> problems) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().contains("${")) {
        problems.add(where + ": unresolved expression '" + child.getNodeValue().strip() + "'");
      }
      unresolved(child, where, problems);
    }
  }

  /** The text at a slash-separated path of child elements, or "" if there is none. */
  private static String text(Element element, String path) {
    Element current = element;
    for (String name : path.split("/")) {
      current = child(current, name);
      if (current == null) {
        return "";
      }
    }
    return current.getTextContent().strip();
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && POM_NAMESPACE.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }
}
