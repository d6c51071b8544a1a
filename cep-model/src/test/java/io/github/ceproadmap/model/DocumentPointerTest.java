package io.github.ceproadmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class DocumentPointerTest {

  /** Segments: names over a small alphabet heavy in the characters RFC 6901 escapes, and indexes. */
  private static final Gen<Object> SEGMENT =
      strings().betweenCodePoints('-', '9').ofLengthBetween(0, 4).map(s -> (Object) s)
          .mix(integers().between(0, 20).map(i -> (Object) i))
          .mix(strings().allPossible().ofLengthBetween(0, 3).map(s -> (Object) (s + "~/")));

  private static final Gen<DocumentPointer> POINTERS =
      lists().of(SEGMENT).ofSizeBetween(0, 6).map(segments -> DocumentPointer.of(segments.toArray()));

  @Test
  void writesTheTextOfRfc6901() {
    assertEquals("", DocumentPointer.root().toString());
    assertEquals("/pathways/3/actions/2/id",
        DocumentPointer.of("pathways", 3, "actions", 2, "id").toString());
    assertEquals("/a~1b/m~0n/", DocumentPointer.of("a/b", "m~n", "").toString());
    assertEquals("/~01", DocumentPointer.of("~1").toString());
  }

  @Test
  void readsTheTextOfRfc6901() {
    DocumentPointer pointer = DocumentPointer.parse("/pathways/3/a~1b~0/");
    assertEquals(4, pointer.size());
    assertEquals("pathways", pointer.segment(0));
    assertTrue(pointer.isIndex(1));
    assertEquals(3, pointer.indexAt(1));
    assertEquals("a/b~", pointer.segment(2));
    assertFalse(pointer.isIndex(2));
    assertEquals("", pointer.segment(3));
    assertTrue(DocumentPointer.parse("").isRoot());
  }

  @ParameterizedTest
  @ValueSource(strings = {"pathways", "/a~2", "/a~", "~0"})
  void rejectsTextThatIsNoPointerQuotingIt(String text) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> DocumentPointer.parse(text));
    assertTrue(error.getMessage().contains("\"" + text + "\""), error.getMessage());
  }

  @Test
  void aSegmentThatReadsAsAnIndexIsOneHoweverMade() {
    assertEquals(DocumentPointer.of("pathways", 2), DocumentPointer.of("pathways", "2"));
    assertEquals(DocumentPointer.of("pathways").index(2), DocumentPointer.of("pathways").key("2"));
    assertTrue(DocumentPointer.of("2").isIndex(0));
    for (String name : List.of("02", "-1", "+1", "2147483648", "1e3", "", " 1")) {
      assertFalse(DocumentPointer.of(name).isIndex(0), name);
      assertEquals(name, DocumentPointer.of(name).segment(0));
    }
    assertEquals(Integer.MAX_VALUE, DocumentPointer.parse("/2147483647").indexAt(0));
  }

  @Test
  void refusesSegmentsThatAreNeitherNamesNorIndexes() {
    assertThrows(IllegalArgumentException.class, () -> DocumentPointer.of("a", -1));
    assertThrows(IllegalArgumentException.class, () -> DocumentPointer.of("a", 1L));
    assertThrows(IllegalArgumentException.class, () -> DocumentPointer.root().index(-1));
    assertThrows(IllegalStateException.class, () -> DocumentPointer.of("a").indexAt(0));
  }

  @Test
  void walksUpAndDown() {
    DocumentPointer id = DocumentPointer.of("pathways", 0, "actions", 1, "id");
    assertEquals(Optional.of(DocumentPointer.of("pathways", 0, "actions", 1)), id.parent());
    assertEquals(Optional.empty(), DocumentPointer.root().parent());
    assertEquals(DocumentPointer.of("pathways", 0), id.prefix(2));
    assertTrue(id.startsWith(DocumentPointer.of("pathways", 0)));
    assertFalse(id.startsWith(DocumentPointer.of("pathways", 1)));
    assertFalse(DocumentPointer.of("pathways").startsWith(id));
    assertEquals(id, DocumentPointer.of("pathways", 0).resolve(DocumentPointer.of("actions", 1, "id")));
  }

  @Test
  void textRoundTrips() {
    qt().forAll(POINTERS).checkAssert(pointer ->
        assertEquals(pointer, DocumentPointer.parse(pointer.toString()), pointer::toString));
  }

  @Test
  void pointersAreEqualExactlyWhenTheirTextsAre() {
    qt().forAll(POINTERS, POINTERS).checkAssert((a, b) -> {
      assertEquals(a.toString().equals(b.toString()), a.equals(b), () -> a + " vs " + b);
      if (a.equals(b)) {
        assertEquals(a.hashCode(), b.hashCode());
      }
    });
  }

  @Test
  void joiningAndSplittingAgree() {
    qt().forAll(POINTERS, POINTERS).checkAssert((a, b) -> {
      DocumentPointer joined = a.resolve(b);
      assertEquals(a.size() + b.size(), joined.size());
      assertTrue(joined.startsWith(a));
      assertEquals(a, joined.prefix(a.size()));
      assertEquals(a.toString() + b, joined.toString());
      if (!joined.isRoot()) {
        assertNotEquals(joined, joined.parent().orElseThrow());
      }
    });
  }

  /** The pointers a source map of a large document holds: values at every level, deep indexes. */
  private static List<DocumentPointer> pointersOfALargeDocument() {
    java.util.ArrayList<DocumentPointer> pointers = new java.util.ArrayList<>();
    for (int o = 0; o < 40_000; o++) {
      DocumentPointer organization = DocumentPointer.of("organizations", o);
      pointers.add(organization);
      pointers.add(organization.key("id"));
      pointers.add(organization.key("name"));
      pointers.add(organization.key("roles").index(0));
    }
    for (int p = 0; p < 4_000; p++) {
      DocumentPointer project = DocumentPointer.of("projects", p);
      pointers.add(project);
      for (int c = 0; c < 40; c++) {
        pointers.add(project.key("contacts").index(c).key("name"));
        pointers.add(project.key("contacts").index(c).key("email"));
      }
    }
    for (int w = 0; w < 200; w++) {
      for (int a = 0; a < 400; a++) {
        pointers.add(DocumentPointer.of("pathways", w, "actions", a, "title"));
      }
    }
    return pointers;
  }

  @Test
  void thePointersOfALargeDocumentSpreadOverAHashTable() {
    // Counted work instead of timing: the probes an open-addressing table (as Map.copyOf builds)
    // makes to insert a large document's pointers. Arrays.hashCode, linear in the indexes, made
    // 236 million for these 564,000 pointers (418 each): building the source map was quadratic.
    List<DocumentPointer> pointers = pointersOfALargeDocument();
    int length = 4 * pointers.size();
    boolean[] taken = new boolean[length];
    long probes = 0;
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (DocumentPointer pointer : pointers) {
      hashes.add(pointer.hashCode());
      int slot = Math.floorMod(pointer.hashCode(), length);
      while (taken[slot]) {
        probes++;
        slot = (slot + 1) % length;
      }
      taken[slot] = true;
    }
    // Random hashes make about one extra probe per six keys at this load.
    assertTrue(probes <= pointers.size(), probes + " probes for " + pointers.size() + " pointers");
    int collisions = pointers.size() - hashes.size();
    assertTrue(collisions <= 200, collisions + " of " + pointers.size() + " pointers collide");
  }

  @Test
  void equalPointersHaveEqualHashesHoweverTheyAreMade() {
    DocumentPointer made = DocumentPointer.root().key("projects").index(3).key("contacts");
    assertEquals(DocumentPointer.parse("/projects/3/contacts").hashCode(), made.hashCode());
    assertEquals(DocumentPointer.of("projects", 3, "contacts").hashCode(), made.hashCode());
  }
}
