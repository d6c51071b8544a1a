package io.github.ceproadmap.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * What a workbook's sheets need to be read, found as ECMA-376 lays a package out: the workbook
 * part through the package's relationships, its sheets by name with their parts, the
 * shared-strings table, which cell styles show a date, and the date system.
 */
final class XlsxWorkbook {
  private static final String OFFICE_DOCUMENT = "/officeDocument";
  private static final String SHARED_STRINGS = "/sharedStrings";
  private static final String STYLES = "/styles";
  /** The built-in number formats that show a date or a time (ECMA-376 Part 1, 18.8.30). */
  private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22,
      27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);

  /** The sheets by name, in workbook order, each with its part. */
  final Map<String, String> sheets = new LinkedHashMap<>();
  /** The shared-strings table. */
  final List<String> sharedStrings = new ArrayList<>();
  /** For each cell style, by index, whether it shows a number as a date. */
  final List<Boolean> dateStyles = new ArrayList<>();
  /** Whether day 0 is 1904-01-01 rather than 1899-12-31. */
  boolean date1904;

  private XlsxWorkbook() {}

  /** Reads the structure of the workbook in {@code zip}, named {@code file}. */
  static XlsxWorkbook of(ZipFile zip, String file, SheetLimits limits) {
    XlsxWorkbook workbook = new XlsxWorkbook();
    XlsxPart.read(zip, "[Content_Types].xml", file, xml -> XlsxPart.next(xml, "-"));
    String main = relationships(zip, "_rels/.rels", "", file).getOrDefault(OFFICE_DOCUMENT,
        Map.of()).values().stream().findFirst().orElse("xl/workbook.xml");
    String folder = main.substring(0, main.lastIndexOf('/') + 1);
    Map<String, Map<String, String>> related = relationships(zip,
        folder + "_rels/" + main.substring(folder.length()) + ".rels", folder, file);
    Map<String, String> byId = new HashMap<>();
    related.values().forEach(byId::putAll);
    XlsxPart.read(zip, main, file, xml -> workbook.sheets(xml, byId, file, main));
    for (String part : related.getOrDefault(SHARED_STRINGS, Map.of()).values()) {
      XlsxPart.read(zip, part, file, xml -> workbook.sharedStrings(xml, file, limits));
    }
    for (String part : related.getOrDefault(STYLES, Map.of()).values()) {
      XlsxPart.read(zip, part, file, workbook::styles);
    }
    return workbook;
  }

  /** The relationships of a part: by type's last segment, id to target part. */
  private static Map<String, Map<String, String>> relationships(ZipFile zip, String part,
      String folder, String file) {
    if (!XlsxPart.exists(zip, part)) {
      return Map.of();
    }
    return XlsxPart.read(zip, part, file, xml -> {
      Map<String, Map<String, String>> byType = new HashMap<>();
      while (XlsxPart.next(xml, "Relationship")) {
        String id = XlsxPart.attribute(xml, "Id");
        String type = XlsxPart.attribute(xml, "Type");
        String target = XlsxPart.attribute(xml, "Target");
        if (id != null && type != null && target != null
            && !"External".equals(XlsxPart.attribute(xml, "TargetMode"))) {
          byType.computeIfAbsent(type.substring(type.lastIndexOf('/')), t -> new LinkedHashMap<>())
              .put(id, resolve(folder, target));
        }
      }
      return byType;
    });
  }

  /** The part a relationship's target names, relative to {@code folder} unless absolute. */
  private static String resolve(String folder, String target) {
    String path = target.startsWith("/") ? target.substring(1) : folder + target;
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        if (!segments.isEmpty()) {
          segments.remove(segments.size() - 1);
        }
      } else if (!segment.equals(".")) {
        segments.add(segment);
      }
    }
    return String.join("/", segments);
  }

  private Void sheets(XMLStreamReader xml, Map<String, String> byId, String file, String part)
      throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamReader.START_ELEMENT) {
        continue;
      }
      if (xml.getLocalName().equals("workbookPr")) {
        String value = XlsxPart.attribute(xml, "date1904");
        date1904 = "1".equals(value) || "true".equals(value);
      } else if (xml.getLocalName().equals("sheet")) {
        String name = XlsxPart.attribute(xml, "name");
        String id = XlsxPart.attribute(xml, "id");
        String target = id == null ? null : byId.get(id);
        if (name == null || target == null) {
          throw new SheetReadException(file, "part " + part + " names a sheet "
              + (name == null ? "without a name" : "\"" + name + "\"") + " whose part it does"
              + " not give: the workbook is damaged");
        }
        sheets.put(name, target);
      }
    }
    return null;
  }

  private Void sharedStrings(XMLStreamReader xml, String file, SheetLimits limits)
      throws XMLStreamException {
    while (XlsxPart.next(xml, "si")) {
      if (sharedStrings.size() >= limits.maxSharedStrings()) {
        throw new SheetReadException(file, "the shared-strings table holds more than "
            + limits.maxSharedStrings() + " entries (maxSharedStrings)");
      }
      sharedStrings.add(XlsxPart.richText(xml));
    }
    return null;
  }

  private Void styles(XMLStreamReader xml) throws XMLStreamException {
    Map<Integer, String> formats = new HashMap<>();
    boolean inCellStyles = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
        inCellStyles = false;
      } else if (event != XMLStreamReader.START_ELEMENT) {
        continue;
      } else if (xml.getLocalName().equals("numFmt")) {
        Integer id = number(XlsxPart.attribute(xml, "numFmtId"));
        String code = XlsxPart.attribute(xml, "formatCode");
        if (id != null && code != null) {
          formats.put(id, code);
        }
      } else if (xml.getLocalName().equals("cellXfs")) {
        inCellStyles = true;
      } else if (inCellStyles && xml.getLocalName().equals("xf")) {
        Integer id = number(XlsxPart.attribute(xml, "numFmtId"));
        dateStyles.add(id != null && (formats.containsKey(id) ? isDateFormat(formats.get(id))
            : DATE_FORMATS.contains(id)));
      }
    }
    return null;
  }

  private static @Nullable Integer number(@Nullable String text) {
    return text != null && text.matches("[0-9]{1,9}") ? Integer.valueOf(text) : null;
  }

  /** Whether a number format shows a date or time: it has y, m, d or h outside quotes. */
  static boolean isDateFormat(String format) {
    String bare = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]", "")
        .toLowerCase(java.util.Locale.ROOT);
    return bare.matches("(?s).*[ymdh].*");
  }
}
