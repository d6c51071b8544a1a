package io.github.ceproadmap.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.json.RoadmapEditions;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java sample fenced {@code java} in README or a docs/ page is a whole program that compiles
 * as written, as a new user who pastes it would compile it: this test takes each sample from the
 * page's text, compiles it alone against the published modules (and, for a JUnit sample, the
 * tests jar and JUnit), and runs it, giving a program the published edition 2.0 document and a
 * path to write to. A fragment is fenced with more words ({@code java fragment}); README's Spring
 * Boot controller, fenced {@code java spring-boot}, needs Spring, so the consumer integration test
 * spring-boot-service compiles and runs it and ReadmeSnippetsTest keeps README's copy verbatim.
 */
class ReadmeProgramsTest {
  private static final Pattern SAMPLE = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS =
      Pattern.compile("^(?:public )?(?:final )?class (\\w+)", Pattern.MULTILINE);

  @TempDir Path dir;

  @Test
  void everyJavaSampleCompilesAsWrittenAndRuns() throws Exception {
    Path document = Files.write(dir.resolve("roadmap-2.0.json"),
        RoadmapEditions.bytes(RoadmapEditions.EDITION_2_0));
    List<String> ran = new ArrayList<>();
    for (Path page : DocumentationPages.all()) {
      Matcher sample = SAMPLE.matcher(DocumentationPages.read(page));
      while (sample.find()) {
        String source = sample.group(1);
        Matcher declared = CLASS.matcher(source);
        assertTrue(declared.find(), () -> page + " has a Java sample that is no whole program"
            + " (fence a fragment as java fragment):\n" + source);
        String name = declared.group(1);
        Class<?> program = compile(page + "'s sample " + name, name, source);
        List<String> printed =
            run(program, document.toString(), dir.resolve(name + ".json").toString());
        assertFalse(printed.isEmpty(), name + " printed nothing");
        ran.add(page + ": " + name);
      }
    }
    assertEquals(List.of("README.md: OfficialRoadmap", "README.md: BuildAndValidate",
        "README.md: ProjectActions", "README.md: JacksonModuleExample",
        "docs/guarantees.md: LargeDocuments",
        "docs/property-testing.md: PropertyTestingExampleTest"), ran);
  }

  /** Compiles {@code source} alone, as file {@code name}.java, and loads the class. */
  private Class<?> compile(String what, String name, String source)
      throws IOException, ClassNotFoundException {
    Path sources = Files.createDirectories(dir.resolve("src-" + name));
    Path classes = Files.createDirectories(dir.resolve("classes-" + name));
    Path file = Files.writeString(sources.resolve(name + ".java"), source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests need a JDK, not a JRE");
    StringWriter messages = new StringWriter();
    boolean compiled = javac.getTask(messages, null, null,
        List.of("-classpath", classPath(), "-d", classes.toString(), "-proc:none",
            "--release", "17"),
        null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(file.toFile()))
        .call();
    assertTrue(compiled, () -> what + " does not compile as written:\n"
        + messages + "\n" + source);
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeProgramsTest.class.getClassLoader());
    return loader.loadClass(name);
  }

  /** Runs a program's {@code main}, or each {@code @Test} method of a test class. */
  private static List<String> run(Class<?> program, String... args) {
    return ExampleRunner.run(ignored -> {
      try {
        Method main = mainOf(program);
        if (main != null) {
          main.invoke(null, (Object) args);
          return;
        }
        var constructor = program.getDeclaredConstructor();
        constructor.setAccessible(true);
        int tests = 0;
        for (Method method : program.getDeclaredMethods()) {
          if (method.isAnnotationPresent(Test.class)) {
            method.setAccessible(true);
            method.invoke(constructor.newInstance());
            System.out.println(method.getName() + " passed");
            tests++;
          }
        }
        assertTrue(tests > 0, program + " has neither main nor tests");
      } catch (InvocationTargetException e) {
        throw new AssertionError(program.getName() + " failed", e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    });
  }

  private static Method mainOf(Class<?> program) {
    try {
      Method main = program.getMethod("main", String[].class);
      return Modifier.isStatic(main.getModifiers()) ? main : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** The test class path: Surefire's own property, as its booter jar hides the real one. */
  private static String classPath() {
    String path = System.getProperty("surefire.test.class.path");
    return path != null && !path.isEmpty() ? path : System.getProperty("java.class.path");
  }
}
