package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.ceproadmap.model.Codelists;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CSV codelists that cep-json publishes ({@code codelists/NAME.csv}, columns {@code
 * code,title,description}) say what the model's constants say, word for word.
 */
class CodelistsTest {
  /** Writes a codelist as CSV (RFC 4180): a field with a comma, quote or line break is quoted. */
  static String csv(List<Codelists.Code> codes) {
    StringBuilder out = new StringBuilder("code,title,description\r\n");
    for (Codelists.Code code : codes) {
      out.append(field(code.code())).append(',').append(field(code.title())).append(',')
          .append(field(code.description())).append("\r\n");
    }
    return out.toString();
  }

  private static String field(String text) {
    return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }

  @Test
  void eachPublishedCodelistMatchesTheModel() throws IOException {
    for (Map.Entry<String, List<Codelists.Code>> list : Codelists.all().entrySet()) {
      String resource = "codelists/" + list.getKey() + ".csv";
      try (InputStream in = RoadmapSchema.class.getResourceAsStream(resource)) {
        assertNotNull(in, resource + " is missing; write it from CodelistsTest.csv");
        assertEquals(csv(list.getValue()), new String(in.readAllBytes(), StandardCharsets.UTF_8),
            resource);
      }
    }
  }

  /** Writes the codelist files from the model; run by hand after changing a title. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    for (Map.Entry<String, List<Codelists.Code>> list : Codelists.all().entrySet()) {
      Files.writeString(dir.resolve(list.getKey() + ".csv"), csv(list.getValue()));
    }
  }
}
