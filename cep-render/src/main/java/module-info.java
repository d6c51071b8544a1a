/**
 * Renderers of the CEP roadmap: the self-contained HTML dashboard ({@link
 * io.github.ceproadmap.render.HtmlPage}), the roadmap matrix as text and Markdown ({@link
 * io.github.ceproadmap.render.MatrixText}) and terminal-safe text ({@link
 * io.github.ceproadmap.render.TerminalText}). Each is a pure function of model values; none reads
 * JSON. At run time this module needs only cep-model (and so the JDK and JSpecify).
 */
module io.github.ceproadmap.render {
  requires transitive io.github.ceproadmap.model;

  exports io.github.ceproadmap.render;
}
