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
}
