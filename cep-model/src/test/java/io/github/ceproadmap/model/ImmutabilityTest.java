package io.github.ceproadmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ceproadmap.model.diff.RoadmapDiff;
import io.github.ceproadmap.model.testing.Defect;
import io.github.ceproadmap.model.testing.Editions;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import io.github.ceproadmap.model.validation.Severity;
import io.github.ceproadmap.model.validation.StandardRules;
import io.github.ceproadmap.model.validation.ValidationReport;
import io.github.ceproadmap.model.validation.Validator;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Values of the model cannot be changed once built. Found by reflection, so that a new type or
 * accessor is checked without touching this test: every public method of every public type of
 * {@code io.github.ceproadmap.model} and its subpackages that returns a collection or map, called
 * on real values, returns one that refuses every change; none returns an array; and the lists,
 * maps and arrays a caller hands to a builder can be changed afterwards without changing the
 * value built.
 */
class ImmutabilityTest {
  private static final String PACKAGE = "io.github.ceproadmap.model";

  @Test
  void everyCollectionAnAccessorReturnsRefusesChange() throws Exception {
    Map<Class<?>, List<Object>> samples = samples();
    int checked = 0;
    for (Class<?> type : publicTypes()) {
      for (Method method : type.getMethods()) {
        if (Modifier.isStatic(method.getModifiers()) || !isModelType(method.getDeclaringClass())) {
          continue;
        }
        Class<?> returned = method.getReturnType();
        assertFalse(returned.isArray(), () -> method + " returns an array, which callers can change");
        if (!Collection.class.isAssignableFrom(returned) && !Map.class.isAssignableFrom(returned)) {
          continue;
        }
        List<Object> instances = samples.getOrDefault(type, List.of());
        assertFalse(instances.isEmpty(), () -> "no sample " + type.getSimpleName()
            + " to call " + method.getName() + " on: add one to samples()");
        for (Object instance : instances) {
          for (Object[] arguments : arguments(method, samples)) {
            Object result = method.invoke(instance, arguments);
            assertRefusesChange(result, method + " on " + type.getSimpleName());
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 1000, "only " + checked + " collections checked");
  }

  @Test
  void everyPublicConstantCollectionRefusesChange() throws Exception {
    for (Class<?> type : publicTypes()) {
      for (java.lang.reflect.Field field : type.getFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          assertFalse(field.getType().isArray(), field::toString);
          Object value = field.get(null);
          if (value instanceof Collection || value instanceof Map) {
            assertRefusesChange(value, field.toString());
          }
        }
      }
    }
  }

  @Test
  void changingWhatWasHandedToABuilderChangesNothingBuilt() throws Exception {
    int checked = 0;
    for (Object value : full()) {
      Method toBuilder = value.getClass().getMethod("toBuilder");
      Object probe = toBuilder.invoke(value);
      for (Method accessor : value.getClass().getMethods()) {
        Class<?> returned = accessor.getReturnType();
        boolean list = List.class.isAssignableFrom(returned);
        if (accessor.getParameterCount() != 0 || Modifier.isStatic(accessor.getModifiers())
            || !(list || Map.class.isAssignableFrom(returned))) {
          continue;
        }
        String name = accessor.getName();
        Object original = accessor.invoke(value);
        if (!(original instanceof Collection<?> c && !c.isEmpty())
            && !(original instanceof Map<?, ?> m && !m.isEmpty())) {
          continue; // a query such as allActions(), or an attribute not set in the sample
        }
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method setter : probe.getClass().getMethods()) {
          boolean sets = setter.getName().equals(name) || setter.getName().equals("addAll" + capitalised)
              || setter.getName().equals("putAll" + capitalised)
              || setter.getName().equals("add" + capitalised);
          if (!sets || setter.getParameterCount() != 1) {
            continue;
          }
          Class<?> parameter = setter.getParameterTypes()[0];
          Object handed;
          if (parameter.isArray()) {
            Collection<?> elements = (Collection<?>) original;
            handed = Array.newInstance(parameter.getComponentType(), elements.size());
            int i = 0;
            for (Object element : elements) {
              Array.set(handed, i++, element);
            }
          } else if (parameter.isAssignableFrom(ArrayList.class)) {
            handed = new ArrayList<>((Collection<?>) original);
          } else if (parameter.isAssignableFrom(LinkedHashMap.class)) {
            handed = new LinkedHashMap<>((Map<?, ?>) original);
          } else {
            continue; // one element, or a Map.Entry
          }
          Object builder = toBuilder.invoke(value);
          setter.setAccessible(true);
          setter.invoke(builder, handed);
          Method build = builder.getClass().getMethod("build");
          build.setAccessible(true);
          Object built = build.invoke(builder);
          Object before = snapshot(accessor.invoke(built));
          scramble(handed);
          assertEquals(before, snapshot(accessor.invoke(built)),
              () -> setter + " keeps the caller's " + parameter.getSimpleName());
          checked++;
        }
      }
    }
    assertTrue(checked >= 30, "only " + checked + " builder methods checked");
  }

  /**
   * Tries every way of changing {@code result}: each that would change it must throw, and one
   * that would change nothing (clearing an empty list) may instead do nothing.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void assertRefusesChange(Object result, String where) {
    Object before = snapshot(result);
    List<Runnable> changes = new ArrayList<>();
    List<Runnable> noChanges = new ArrayList<>();
    if (result instanceof Collection collection) {
      changes.add(() -> collection.add(null));
      noChanges.add(() -> collection.addAll(List.of()));
      (collection.isEmpty() ? noChanges : changes).add(collection::clear);
      if (!collection.isEmpty()) {
        Object first = collection.iterator().next();
        changes.add(() -> collection.add(first));
        changes.add(() -> collection.remove(first));
        changes.add(() -> {
          Iterator<?> iterator = collection.iterator();
          iterator.next();
          iterator.remove();
        });
        if (collection instanceof List list) {
          changes.add(() -> list.set(0, first));
          // Sorting one element changes nothing; Collections.singletonList allows it.
          (list.size() == 1 ? noChanges : changes).add(() -> list.sort(null));
          changes.add(() -> list.subList(0, 1).clear());
        }
      }
    } else {
      Map map = (Map) result;
      changes.add(() -> map.put(null, null));
      noChanges.add(() -> map.putAll(Map.of()));
      (map.isEmpty() ? noChanges : changes).add(map::clear);
      if (!map.isEmpty()) {
        Map.Entry first = (Map.Entry) map.entrySet().iterator().next();
        changes.add(() -> map.put(first.getKey(), first.getValue()));
        changes.add(() -> map.remove(first.getKey()));
        changes.add(() -> first.setValue(first.getValue()));
        changes.add(() -> map.keySet().clear());
        changes.add(() -> map.values().clear());
        changes.add(() -> map.entrySet().clear());
      }
    }
    for (Runnable change : changes) {
      assertThrows(UnsupportedOperationException.class, change::run, where);
    }
    for (Runnable noChange : noChanges) {
      try {
        noChange.run();
      } catch (UnsupportedOperationException refused) {
        // as good as doing nothing
      }
    }
    assertEquals(before, snapshot(result), where);
  }

  /** A copy to compare with later; lists keep their order. */
  private static Object snapshot(Object value) {
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    if (value instanceof Collection<?> collection) {
      return new ArrayList<>(collection);
    }
    return new LinkedHashMap<>((Map<?, ?>) value);
  }

  /** Changes what a caller handed to a builder: empties it, or overwrites an array. */
  private static void scramble(Object handed) {
    if (handed instanceof Collection<?> collection) {
      collection.clear();
    } else if (handed instanceof Map<?, ?> map) {
      map.clear();
    } else {
      Array.set(handed, 0, Array.get(handed, Array.getLength(handed) - 1));
      if (Array.getLength(handed) == 1) {
        Array.set(handed, 0, null);
      }
    }
  }

  /** Argument lists for {@code method}, from the values the samples hold. */
  private static List<Object[]> arguments(Method method, Map<Class<?>, List<Object>> samples) {
    List<Object[]> lists = new ArrayList<>();
    lists.add(new Object[0]);
    for (Class<?> parameter : method.getParameterTypes()) {
      List<Object> candidates = candidates(parameter, samples);
      List<Object[]> longer = new ArrayList<>();
      for (Object[] list : lists) {
        for (Object candidate : candidates) {
          Object[] next = java.util.Arrays.copyOf(list, list.length + 1);
          next[list.length] = candidate;
          longer.add(next);
        }
      }
      lists = longer;
    }
    return lists;
  }

  private static List<Object> candidates(Class<?> type, Map<Class<?>, List<Object>> samples) {
    if (type == String.class) {
      return List.of("collective", "company", "wider-stakeholder", "undeclared",
          StandardRules.DUPLICATE_ACTION_ID, "");
    }
    if (type == int.class) {
      return List.of(0, 1, 2, 5, -1);
    }
    if (type == ActionId.class) {
      return List.of(ActionId.parse("1.1"), ActionId.parse("2.5"), ActionId.parse("0.1"),
          ActionId.of(ActionId.MAX_NUMBER, ActionId.MAX_NUMBER));
    }
    if (type.isEnum()) {
      return List.of(type.getEnumConstants());
    }
    if (samples.containsKey(type)) {
      return samples.get(type).subList(0, Math.min(3, samples.get(type).size()));
    }
    fail("no arguments of type " + type.getName() + ": add some to candidates()");
    return List.of();
  }

  /** Real values of every public type, keyed by each public model type they are. */
  private static Map<Class<?>, List<Object>> samples() {
    List<Object> values = new ArrayList<>();
    List<Roadmap> roadmaps = new ArrayList<>(List.of(Editions.tableA(), Editions.tableB(),
        Roadmap.builder().id("empty").title("").edition("").build()));
    roadmaps.addAll(full().stream().filter(Roadmap.class::isInstance).map(Roadmap.class::cast)
        .toList());
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 10; i++) {
      Roadmap roadmap = RoadmapGenerator.roadmap(random);
      roadmaps.add(roadmap);
      roadmaps.add(Defect.values()[i % Defect.values().length].inject(roadmap, random));
    }
    Validator validator = Validator.builder().asOf(YearMonth.of(2024, 3)).build();
    for (Roadmap roadmap : roadmaps) {
      values.add(roadmap);
      values.addAll(roadmap.axes());
      values.addAll(roadmap.pathways());
      roadmap.pathways().forEach(pathway -> values.addAll(pathway.actions()));
      values.addAll(roadmap.crossCuttingActions());
      values.addAll(roadmap.organizations());
      values.addAll(roadmap.projects());
      roadmap.projects().forEach(project -> values.addAll(project.contacts()));
      ValidationReport report = validator.validate(roadmap);
      values.add(report);
      values.addAll(report.findings());
    }
    values.addAll(full());
    values.add(validator);
    values.add(Validator.standard());
    values.addAll(StandardRules.all());
    StandardRules.all().forEach(rule -> values.add(rule.description()));
    values.addAll(io.github.ceproadmap.model.internal.DocumentShape.ALL);
    values.addAll(RoadmapDiff.between(Editions.tableA(), Editions.tableB()));
    Map<Class<?>, List<Object>> samples = new LinkedHashMap<>();
    for (Object value : values) {
      for (Class<?> type : modelTypesOf(value.getClass())) {
        samples.computeIfAbsent(type, t -> new ArrayList<>()).add(value);
      }
    }
    return samples;
  }

  /** One value of each built type with every collection and map attribute set. */
  static List<Object> full() {
    Map<String, String> extensions = Map.of("x-note", "\"kept\"", "x-count", "3");
    Contact contact = Contact.builder().name("Ada").email("ada@example.org")
        .organization("itu").putAllExtensions(extensions).build();
    Action action = Action.builder().id(ActionId.parse("1.1")).axis("collective").title("A")
        .putAllExtensions(extensions).build();
    Action crossCutting = action.toBuilder().id(ActionId.parse("0.1")).build();
    ActionAxis axis = ActionAxis.COLLECTIVE.toBuilder().putAllExtensions(extensions).build();
    Pathway pathway = Pathway.builder().number(1).title("P").addActions(action, action)
        .putAllExtensions(extensions).build();
    Organization organization = Organization.builder().id("itu").name("ITU")
        .addRoles(OrganizationRole.PARTNER, OrganizationRole.MEMBER)
        .putAllExtensions(extensions).build();
    Project project = Project.builder().id(ProjectId.parse("P1.1")).title("Pr")
        .kind(ProjectKind.CEP_ACTIVITY).status(ProjectStatus.RUNNING)
        .addLeads("itu", "gec").addActions(ActionId.parse("1.1"), ActionId.parse("0.1"))
        .addContacts(contact, contact).addActivities("a", "b").addOutputs("o", "p")
        .addOutcomes("c", "d").putAllExtensions(extensions).build();
    Roadmap roadmap = Roadmap.builder().id("full").title("Full").edition("1")
        .addAxes(axis, ActionAxis.COMPANY).addPathways(pathway, pathway)
        .addCrossCuttingActions(crossCutting, crossCutting)
        .addOrganizations(organization, organization).addProjects(project, project)
        .putAllExtensions(extensions).build();
    return List.of(contact, action, axis, pathway, organization, project, roadmap);
  }

  /** The public types of the model packages that {@code type} is or extends. */
  private static Set<Class<?>> modelTypesOf(Class<?> type) {
    Set<Class<?>> types = new LinkedHashSet<>();
    for (Class<?> at = type; at != null; at = at.getSuperclass()) {
      if (isModelType(at) && Modifier.isPublic(at.getModifiers())) {
        types.add(at);
      }
      for (Class<?> implemented : at.getInterfaces()) {
        types.addAll(modelTypesOf(implemented));
      }
    }
    return types;
  }

  private static boolean isModelType(Class<?> type) {
    return type.getPackageName().startsWith(PACKAGE);
  }

  /** Every public type of the model packages, nested ones included, found in the class folder. */
  static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
    Path root = Path.of(Roadmap.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    assertTrue(Files.isDirectory(root), () -> "the model's classes are not in a folder: " + root);
    try (Stream<Path> files = Files.walk(root.resolve(PACKAGE.replace('.', '/')))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
        if (name.endsWith("package-info") || name.endsWith("module-info")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, Roadmap.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
        if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass()) {
          types.add(type);
        }
      }
    }
    assertTrue(types.contains(Roadmap.class) && types.contains(Severity.class), types::toString);
    return types;
  }
}
