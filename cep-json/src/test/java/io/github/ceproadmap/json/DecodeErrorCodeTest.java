package io.github.ceproadmap.json;

import static io.github.ceproadmap.json.StrictDecodeErrorsTest.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ceproadmap.json.RoadmapDecodeException.Code;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A decode error says what kind of problem it is, and which key it concerns. */
class DecodeErrorCodeTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"title\": \"T\",|\"title\": \"T\", \"title\": \"U\",|DUPLICATE_KEY|title",
      "\"title\": \"T\",|\"title\": \"T\", \"x-new\": 1,|UNKNOWN_KEY|x-new",
      "\"title\": \"T\",|''|MISSING_KEY|title",
      "\"title\": \"T\",|\"title\": 7,|WRONG_TYPE|",
      "\"schemaVersion\": \"1.0\"|\"schemaVersion\": \"2.0\"|BAD_VALUE|",
      "\"title\": \"T\",|\"title\": \"T\",,|NOT_JSON|"})
  void eachProblemHasItsCodeAndKey(String from, String to, Code code, String key) {
    String document = VALID.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to));
    RoadmapDecodeException e =
        assertThrows(RoadmapDecodeException.class, () -> RoadmapCodec.strict().decode(document));
    assertEquals(code, e.code(), e.getMessage());
    assertEquals(Optional.ofNullable(key), e.key(), e.getMessage());
  }
}
