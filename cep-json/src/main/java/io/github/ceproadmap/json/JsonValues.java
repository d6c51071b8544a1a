package io.github.ceproadmap.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteCapability;

/** Copies one JSON value from a parser to a generator, token by token. */
final class JsonValues {
  private JsonValues() {}

  /**
   * Copies the value that starts at the parser's current token, leaving the parser on its last
   * token. Numbers keep their text ({@code 1.50} stays {@code 1.50}, {@code 1e5} stays {@code
   * 1e5}), so an extension member comes out as it went in; Jackson's own copy would rewrite them
   * through {@code double}. A generator that cannot write number text, such as the one behind
   * {@code ObjectMapper.valueToTree}, gets the number's exact value instead.
   */
  static void copy(JsonParser in, JsonGenerator out) {
    boolean numberText = out.has(StreamWriteCapability.CAN_WRITE_FORMATTED_NUMBERS);
    int depth = 0;
    do {
      JsonToken token = in.currentToken();
      switch (token) {
        case START_OBJECT:
          out.writeStartObject();
          depth++;
          break;
        case START_ARRAY:
          out.writeStartArray();
          depth++;
          break;
        case END_OBJECT:
          out.writeEndObject();
          depth--;
          break;
        case END_ARRAY:
          out.writeEndArray();
          depth--;
          break;
        case PROPERTY_NAME:
          out.writeName(in.currentName());
          break;
        case VALUE_STRING:
          out.writeString(in.getString());
          break;
        case VALUE_NUMBER_INT:
          if (numberText) {
            out.writeNumber(in.getString());
          } else {
            out.writeNumber(in.getBigIntegerValue());
          }
          break;
        case VALUE_NUMBER_FLOAT:
          if (numberText) {
            out.writeNumber(in.getString());
          } else {
            out.writeNumber(in.getDecimalValue());
          }
          break;
        case VALUE_TRUE:
        case VALUE_FALSE:
          out.writeBoolean(token == JsonToken.VALUE_TRUE);
          break;
        case VALUE_NULL:
          out.writeNull();
          break;
        default:
          throw new IllegalStateException("a JSON parser gave the token " + token);
      }
    } while (depth > 0 && in.nextToken() != null);
  }
}
