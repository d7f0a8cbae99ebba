package clinic.site.images;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An SVG file an editor adds to assets/ is published as it is, and a browser opening it runs what it holds: so it may
 * hold no script, no event handler (onload=...), no foreignObject (HTML inside the drawing) and no reference to any
 * other file or address (href, xlink:href, url(...) other than to its own #parts, @import). The site's own drawn
 * figures are inline SVG written by clinic.site.figures, not files in assets/, and are not checked here.
 */
public final class SvgSafety {

    private SvgSafety() {
    }

    /** What makes the SVG unsafe, one phrase each; empty when it is safe to publish. */
    public static List<String> problems(Path svg) {
        List<String> problems = new ArrayList<>();
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // No DOCTYPE at all: entities are how an XML file pulls in other files (and "billion laughs").
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // no "[Fatal Error]" on stderr: the message says it
            doc = builder.parse(svg.toFile());
        } catch (SAXException e) {
            return List.of("it is not well-formed SVG, or it has a DOCTYPE (" + e.getMessage() + ")");
        } catch (IOException | ParserConfigurationException e) {
            return List.of("it could not be read (" + e.getMessage() + ")");
        }
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element el = (Element) all.item(i);
            String name = el.getLocalName() == null ? el.getTagName() : el.getLocalName();
            if (name.equalsIgnoreCase("script")) {
                addOnce(problems, "it has a <script> element");
            } else if (name.equalsIgnoreCase("foreignObject")) {
                addOnce(problems, "it has a <foreignObject> element (HTML inside the drawing)");
            } else if (name.equalsIgnoreCase("style") && external(el.getTextContent())) {
                addOnce(problems, "its <style> refers to another file or address (url(...) or @import)");
            }
            NamedNodeMap attributes = el.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Attr attr = (Attr) attributes.item(a);
                String local = (attr.getLocalName() == null ? attr.getName() : attr.getLocalName()).toLowerCase(Locale.ROOT);
                String value = attr.getValue().strip();
                if (local.startsWith("on")) {
                    addOnce(problems, "it has an event handler (" + attr.getName() + " on <" + name + ">)");
                } else if ((local.equals("href") || local.equals("src")) && !value.startsWith("#")) {
                    addOnce(problems, "it refers to another file or address (" + attr.getName() + "=\"" + value + "\" on <" + name + ">)");
                } else if (external(value)) {
                    addOnce(problems, "it refers to another file or address (" + attr.getName() + " on <" + name + ">)");
                }
            }
        }
        return problems;
    }

    /** True for CSS that loads something: url(...) not pointing at the drawing's own #id, or @import. */
    static boolean external(String css) {
        String c = css.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return c.contains("@import") || c.replace("url(#", "").replace("url('#", "").replace("url(\"#", "").contains("url(");
    }

    private static void addOnce(List<String> problems, String problem) {
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }
}
