package io.github.ceproadmap.json;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a JSON text, as spans, so that a fuzzer can delete, duplicate, swap or replace
 * whole tokens instead of only bytes. No validation: a damaged text still splits into spans, if
 * not always where a parser would split it.
 */
final class JsonTokens {
  /** What a token is. */
  enum Kind { STRING, NUMBER, LITERAL, PUNCTUATION }

  /** One token: {@code text.substring(start, end)}. */
  record Token(Kind kind, int start, int end) {}

  private JsonTokens() {}

  static List<Token> of(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        i++;
      } else if (c == '"') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != '"') {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, text.length());
        tokens.add(new Token(Kind.STRING, i, end));
        i = end;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        int end = i + 1;
        while (end < text.length() && "0123456789.eE+-".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        tokens.add(new Token(Kind.NUMBER, i, end));
        i = end;
      } else if (Character.isLetter(c)) {
        int end = i + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
          end++;
        }
        tokens.add(new Token(Kind.LITERAL, i, end));
        i = end;
      } else {
        tokens.add(new Token(Kind.PUNCTUATION, i, i + 1));
        i++;
      }
    }
    return tokens;
  }
}
