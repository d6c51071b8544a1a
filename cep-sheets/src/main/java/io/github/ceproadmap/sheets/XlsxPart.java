package io.github.ceproadmap.sheets;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * One XML part of a workbook's zip, read by the JDK's own StAX parser with DTDs and external
 * entities off ({@link ZipGuard} has already refused any DOCTYPE). What the parser refuses
 * becomes one line naming the workbook, the part, and the line and column in it; the parser's
 * own message, which names its classes and internals, is never shown.
 */
final class XlsxPart {
  private static final XMLInputFactory FACTORY = factory();

  /** What reads a part: the events of its parser, from the first to the end of the document. */
  interface Reading<T> {
    T read(XMLStreamReader xml) throws XMLStreamException;
  }

  private XlsxPart() {}

  private static XMLInputFactory factory() {
    // The JDK's parser, not whichever StAX provider the class path brings.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /** Whether the zip holds {@code part}. */
  static boolean exists(ZipFile zip, String part) {
    return zip.getEntry(part) != null;
  }

  /** Reads {@code part} of the zip of workbook {@code file} with {@code reading}. */
  static <T> T read(ZipFile zip, String part, String file, Reading<T> reading) {
    ZipArchiveEntry entry = zip.getEntry(part);
    if (!ZipGuard.isXml(part)) {
      throw new SheetReadException(file, "names part " + part + " as XML, but a workbook's XML"
          + " parts end in .xml or .rels: the workbook is damaged");
    }
    if (entry == null) {
      throw new SheetReadException(file, "has no part " + part + ", which the workbook names");
    }
    XMLStreamReader xml = null;
    try (InputStream in = zip.getInputStream(entry)) {
      xml = FACTORY.createXMLStreamReader(in);
      return reading.read(xml);
    } catch (XMLStreamException e) {
      throw new SheetReadException(file, "part " + part + " is not well-formed XML"
          + where(e.getLocation()) + ": the workbook is damaged; save it again from the"
          + " spreadsheet program");
    } catch (IOException e) {
      throw new SheetReadException(file, "part " + part + " cannot be inflated: the workbook is"
          + " damaged");
    } finally {
      close(xml);
    }
  }

  /** Moves to the next start element named {@code name}; returns false at the end. */
  static boolean next(XMLStreamReader xml, String name) throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The value of attribute {@code name} (in no namespace, or any) of the current element. */
  static @Nullable String attribute(XMLStreamReader xml, String name) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals(name)) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  /**
   * The text of the rich text at the current element ({@code si} or {@code is}): its {@code t}
   * elements and those of its runs joined, phonetic runs ({@code rPh}) left out. Ends on the
   * element's end.
   */
  static String richText(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    int phonetic = 0;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = xml.getLocalName();
        if (name.equals("rPh")) {
          phonetic = depth;
        } else if (name.equals("t") && phonetic == 0) {
          text.append(xml.getElementText());
          depth--;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == phonetic) {
          phonetic = 0;
        }
        depth--;
      }
    }
    return text.toString();
  }

  private static String where(@Nullable Location location) {
    return location == null || location.getLineNumber() < 1 ? ""
        : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  private static void close(@Nullable XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // Nothing is left to read; the result or the error has already been given.
      }
    }
  }
}
