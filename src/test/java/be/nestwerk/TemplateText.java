package be.nestwerk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Finds what a Thymeleaf template would show as written instead of through a message: text that no th:text,
 * th:utext, th:replace, th:insert or th:errors (on the element or an ancestor; th:field on a textarea) replaces,
 * and literal alt, title, aria-label, placeholder and button values. Language codes and text made only of punctuation or symbols may stay literal.
 */
final class TemplateText {

    private static final List<String> REPLACING = List.of("text", "utext", "replace", "insert", "errors");
    private static final List<String> TRANSLATABLE_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder");
    private static final Set<String> LANGUAGE_CODES = Set.of("NL", "EN", "FR");
    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "reset", "button");
    private static final Pattern SYMBOLS_ONLY = Pattern.compile("[\\p{P}\\p{S}\\s]*");
    private static final Pattern INLINED_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    /** A fragment expression that passes parts of the template itself on, e.g. ~{::section}: those are shown. */
    private static final Pattern OWN_FRAGMENT = Pattern.compile("~\\{\\s*(this\\s*)?::");
    /** HTML void elements, closed so that the lenient XML parser (which keeps table rows in fragments) nests right. */
    private static final Pattern VOID_ELEMENT = Pattern.compile(
            "<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)\\s*/?>",
            Pattern.CASE_INSENSITIVE);

    private TemplateText() {}

    static List<String> literals(String template) {
        Document document = Jsoup.parse(VOID_ELEMENT.matcher(template).replaceAll("<$1$2/>"), "", Parser.xmlParser());
        List<String> literals = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (isScriptOrStyle(element) || isReplaced(element)) {
                continue;
            }
            for (TextNode node : element.textNodes()) {
                String text =
                        INLINED_EXPRESSION.matcher(node.text()).replaceAll("").strip();
                if (!SYMBOLS_ONLY.matcher(text).matches() && !LANGUAGE_CODES.contains(text)) {
                    literals.add("<" + element.tagName() + "> \"" + text + "\"");
                }
            }
            for (String attribute : TRANSLATABLE_ATTRIBUTES) {
                checkAttribute(element, attribute, literals);
            }
            if (element.tagName().equalsIgnoreCase("input") && BUTTON_INPUTS.contains(element.attr("type"))) {
                checkAttribute(element, "value", literals);
            }
        }
        return literals;
    }

    private static void checkAttribute(Element element, String attribute, List<String> literals) {
        String value = element.attr(attribute);
        if (!value.isBlank() && !setByThymeleaf(element, attribute)) {
            literals.add("<" + element.tagName() + " " + attribute + "=\"" + value + "\">");
        }
    }

    private static boolean setByThymeleaf(Element element, String attribute) {
        return has(element, attribute)
                || element.attr("th:attr").contains(attribute + "=")
                || (attribute.equals("alt") || attribute.equals("title")) && has(element, "alt-title");
    }

    private static boolean isReplaced(Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            for (String processor : REPLACING) {
                if (has(current, processor)
                        && !OWN_FRAGMENT.matcher(value(current, processor)).find()) {
                    return true;
                }
            }
            if (Set.of("all", "body").contains(value(current, "remove"))
                    || current.tagName().equalsIgnoreCase("textarea") && has(current, "field")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isScriptOrStyle(Element element) {
        return element.tagName().equalsIgnoreCase("script") || element.tagName().equalsIgnoreCase("style");
    }

    private static boolean has(Element element, String processor) {
        return element.hasAttr("th:" + processor) || element.hasAttr("data-th-" + processor);
    }

    private static String value(Element element, String processor) {
        return element.hasAttr("th:" + processor)
                ? element.attr("th:" + processor)
                : element.attr("data-th-" + processor);
    }
}
