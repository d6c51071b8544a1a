package io.github.ceproadmap.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.javascript.SilentJavaScriptErrorListener;
import org.htmlunit.ScriptException;

/**
 * A page rendered by {@link HtmlPage}, loaded from a file into HtmlUnit's browser engine, with
 * or without script; script errors fail the load and are kept for the test to see.
 */
final class Browser implements AutoCloseable {
  final WebClient client = new WebClient(BrowserVersion.FIREFOX);
  final org.htmlunit.html.HtmlPage page;
  final List<String> scriptErrors = new ArrayList<>();

  Browser(Path dir, String html, boolean script) throws IOException {
    client.getOptions().setJavaScriptEnabled(script);
    client.getOptions().setCssEnabled(true);
    client.getOptions().setThrowExceptionOnScriptError(true);
    client.setJavaScriptErrorListener(new SilentJavaScriptErrorListener() {
      @Override
      public void scriptException(org.htmlunit.html.HtmlPage failing, ScriptException e) {
        scriptErrors.add(e.getMessage());
      }
    });
    Path file = Files.writeString(Files.createTempFile(dir, "page", ".html"), html,
        StandardCharsets.UTF_8);
    page = client.getPage(file.toUri().toURL());
  }

  /** The elements matching a CSS selector. */
  List<DomElement> all(String selector) {
    List<DomElement> elements = new ArrayList<>();
    for (DomNode node : page.querySelectorAll(selector)) {
      elements.add((DomElement) node);
    }
    return elements;
  }

  /** The values of {@code attribute} of the displayed elements matching {@code selector}. */
  List<String> shown(String selector, String attribute) {
    List<String> values = new ArrayList<>();
    for (DomElement element : all(selector)) {
      if (element.isDisplayed()) {
        values.add(element.getAttribute(attribute));
      }
    }
    return values;
  }

  @Override
  public void close() {
    client.close();
  }
}
