package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.validation.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A report's values carry document text as it is: the JSON spells it safely and exactly. */
class TerminalSafeEscapesTest {
  private static final String HOSTILE =
      "Evil\u001bc\u009b31m\u202eRTL\u2028line\u007f lone \ud800 pair \ud83d\ude00 caf\u00e9";

  @Test
  void aReportWritesUnsafeCharactersAndSurrogatesAsEscapesAndKeepsTheExactText() {
    String json = DocumentReport.toJson(List.of(DocumentReport.of("a.json", false, List.of(
        new DocumentReport.Entry("a-rule", Severity.INFO, DocumentPointer.root(), 1, 1, "m",
            Optional.empty(), Map.of("title", HOSTILE))))));

    for (char c : json.toCharArray()) {
      boolean unsafe = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == 0x202e
          || c == 0x2028 || Character.isSurrogate(c);
      assertFalse(unsafe, () -> "raw U+" + Integer.toHexString(c) + " in " + json);
    }
    assertTrue(json.contains("caf\u00e9"), json);
    assertTrue(json.contains("\\u009b") && json.contains("\\ud800"), json);
    assertEquals(HOSTILE, JsonMapper.builder().build().readTree(json)
        .at("/files/0/findings/0/values/title").asString());
  }
}
