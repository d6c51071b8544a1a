package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code decode(byte[])} and {@code decode(InputStream)} parse UTF-8 in place and fall back to
 * the text parser for errors: a document decodes, or fails at the same character, whichever
 * input form it comes in.
 */
class ByteDecodingTest {
  private static final String PREFIX =
      "{\"schemaVersion\":\"1.0\",\"id\":\"r\",\"title\":\"回收 🌍 matériaux\",\"edition\":\"1\",";

  @Test
  void bytesAndTextDecodeToTheSameRoadmap() throws IOException {
    String json = PREFIX + "\"axes\":[],\"pathways\":[]}";
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    RoadmapCodec codec = RoadmapCodec.strict();
    assertEquals(codec.decode(json), codec.decode(utf8));
    assertEquals(codec.decode(json), codec.decode(new ByteArrayInputStream(utf8)));
  }

  @Test
  void errorsAfterNonAsciiTextAreLocatedInCharactersWhateverTheInput() throws IOException {
    List<String> broken = List.of(
        PREFIX + "\"axes\":[],\"pathways\":[],}",
        PREFIX + "\"axes\":[],\"pathways\":[{\"number\":\"1\"}]}",
        PREFIX + "\"axes\":[],\"pathways\":[],\"colour\":\"green\"}",
        PREFIX + "\"axes\":[]}",
        PREFIX + "\"axes\":[],\"pathways\":[]} trailing");
    for (String json : broken) {
      byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
      RoadmapDecodeException fromText = decodeFailure(() -> RoadmapCodec.strict().decode(json));
      RoadmapDecodeException fromBytes = decodeFailure(() -> RoadmapCodec.strict().decode(utf8));
      RoadmapDecodeException fromStream = decodeFailure(
          () -> RoadmapCodec.strict().decode(new ByteArrayInputStream(utf8)));
      for (RoadmapDecodeException other : List.of(fromBytes, fromStream)) {
        assertEquals(fromText.getMessage(), other.getMessage());
        assertEquals(fromText.location(), other.location());
      }
    }
  }

  @Test
  void malformedUtf8IsReportedAsBefore() {
    byte[] utf8 = (PREFIX + "\"axes\":[],\"pathways\":[]}").getBytes(StandardCharsets.UTF_8);
    utf8[utf8.length - 3] = (byte) 0xC0;
    RoadmapDecodeException e = decodeFailure(() -> RoadmapCodec.strict().decode(utf8));
    assertEquals("the document is not valid UTF-8: malformed bytes at byte offset "
        + (utf8.length - 3), e.problem());
  }

  private interface Decoding {
    void run() throws IOException;
  }

  private static RoadmapDecodeException decodeFailure(Decoding decoding) {
    return assertThrows(RoadmapDecodeException.class, decoding::run);
  }
}
