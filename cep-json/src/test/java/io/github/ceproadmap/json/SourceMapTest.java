package io.github.ceproadmap.json;

import io.github.ceproadmap.model.DocumentPointer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceMapTest {
  private static final String DOCUMENT = String.join("\n",
      "{",
      "  \"schemaVersion\": \"1.0\",",
      "  \"id\": \"r\",",
      "  \"title\": \"Ré\",",
      "  \"edition\": \"2.0\",",
      "  \"axes\": [],",
      "  \"pathways\": [",
      "    {",
      "      \"number\": 2,",
      "      \"title\": \"Drive demand\",",
      "      \"actions\": [",
      "        {\"id\": \"2.5\", \"axis\": \"company\", \"title\": \"Commit\", \"x~/\": {\"a\": 1}}",
      "      ]",
      "    }",
      "  ]",
      "}",
      "");

  private static final SourceMap MAP =
      RoadmapCodec.lenient().decodeWithSourceMap(DOCUMENT).sourceMap();

  @Test
  void everyValueIsLocatedAtItsFirstCharacter() {
    assertEquals(Optional.of(SourceLocation.of(1, 1)), MAP.find(DocumentPointer.parse("")));
    assertEquals(Optional.of(SourceLocation.of(2, 20)), MAP.find(DocumentPointer.parse("/schemaVersion")));
    assertEquals(Optional.of(SourceLocation.of(4, 12)), MAP.find(DocumentPointer.parse("/title")));
    assertEquals(Optional.of(SourceLocation.of(5, 14)), MAP.find(DocumentPointer.parse("/edition")));
    assertEquals(Optional.of(SourceLocation.of(6, 11)), MAP.find(DocumentPointer.parse("/axes")));
    assertEquals(Optional.of(SourceLocation.of(7, 15)), MAP.find(DocumentPointer.parse("/pathways")));
    assertEquals(Optional.of(SourceLocation.of(8, 5)), MAP.find(DocumentPointer.parse("/pathways/0")));
    assertEquals(Optional.of(SourceLocation.of(9, 17)), MAP.find(DocumentPointer.parse("/pathways/0/number")));
    assertEquals(Optional.of(SourceLocation.of(11, 18)), MAP.find(DocumentPointer.parse("/pathways/0/actions")));
    assertEquals(Optional.of(SourceLocation.of(12, 9)), MAP.find(DocumentPointer.parse("/pathways/0/actions/0")));
    assertEquals(Optional.of(SourceLocation.of(12, 16)), MAP.find(DocumentPointer.parse("/pathways/0/actions/0/id")));
    assertEquals(Optional.of(SourceLocation.of(12, 31)), MAP.find(DocumentPointer.parse("/pathways/0/actions/0/axis")));
    assertEquals(Optional.of(SourceLocation.of(12, 51)),
        MAP.find(DocumentPointer.parse("/pathways/0/actions/0/title")));
  }

  @Test
  void anExtensionMemberIsLocatedUnderItsEscapedKeyButNotInside() {
    assertEquals(Optional.of(SourceLocation.of(12, 68)), MAP.find(DocumentPointer.parse("/pathways/0/actions/0/x~0~1")));
    assertEquals(Optional.empty(), MAP.find(DocumentPointer.parse("/pathways/0/actions/0/x~0~1/a")));
    assertEquals(SourceLocation.of(12, 68), MAP.locate(DocumentPointer.parse("/pathways/0/actions/0/x~0~1/a")));
  }

  @Test
  void anAbsentValueFallsBackToItsNearestAncestor() {
    assertEquals(Optional.empty(), MAP.find(DocumentPointer.parse("/crossCuttingActions")));
    assertEquals(SourceLocation.of(1, 1), MAP.locate(DocumentPointer.parse("/crossCuttingActions/0/id")));
    assertEquals(SourceLocation.of(12, 9), MAP.locate(DocumentPointer.parse("/pathways/0/actions/0/extra")));
    assertEquals(SourceLocation.of(11, 18), MAP.locate(DocumentPointer.parse("/pathways/0/actions/3")));
    assertEquals(SourceLocation.of(1, 1), MAP.locate(DocumentPointer.parse("")));
  }

  @Test
  void theMapHoldsOneEntryPerValue() {
    // The document, 7 root members, 1 pathway with 3 members, 1 action with 4 members.
    assertEquals(1 + 6 + 1 + 3 + 1 + 4, MAP.size());
  }

  @Test
  void everyPointerAFindingCanNameIsLocatedInAGeneratedDocument() {
    RoadmapCodec pretty = RoadmapCodec.builder().pretty(true).build();
    qt().withExamples(100).forAll(GeneratedRoadmaps.consistent()).checkAssert(roadmap -> {
      SourceMap map = pretty.decodeWithSourceMap(pretty.encode(roadmap)).sourceMap();
      for (int p = 0; p < roadmap.pathways().size(); p++) {
        for (int a = 0; a < roadmap.pathways().get(p).actions().size(); a++) {
          assertEquals(true, map.find(DocumentPointer.of("pathways", p, "actions", a, "id")).isPresent());
        }
      }
      for (int p = 0; p < roadmap.projects().size(); p++) {
        assertEquals(true, map.find(DocumentPointer.of("projects", p, "id")).isPresent());
      }
    });
  }
}
