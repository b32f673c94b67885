package be.nestwerk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateTextTests {

    @Test
    void findsTextThatNoMessageReplaces() {
        assertThat(TemplateText.literals("<section><h1>Welkom</h1><p th:text=\"#{x}\">placeholder</p></section>"))
                .containsExactly("<h1> \"Welkom\"");
    }

    @Test
    void acceptsPlaceholdersInsideReplacedElementsAndTheirChildren() {
        assertThat(TemplateText.literals(
                        "<p th:utext=\"#{a}\">one <b>two</b></p><div th:replace=\"~{x :: y}\">three</div>"
                                + "<span th:insert=\"~{x :: z}\">four</span><i th:remove=\"all\">five</i>"
                                + "<p th:errors=\"*{name}\">error</p><textarea th:field=\"*{notes}\">notes</textarea>"))
                .isEmpty();
    }

    @Test
    void checksThePartsAPageHandsToTheLayout() {
        String page = """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout/page :: page(~{::title}, ~{::section})}">
                <head><title th:text="#{t}">t</title></head>
                <body><section><p>Literal</p></section></body>
                </html>
                """;

        assertThat(TemplateText.literals(page)).containsExactly("<p> \"Literal\"");
    }

    @Test
    void allowsLanguageCodesPunctuationAndInlinedExpressions() {
        assertThat(TemplateText.literals(
                        "<a lang=\"en\">EN</a><span>, </span><span>—</span><p>[[#{a}]] · [(${b})]</p>"))
                .isEmpty();
    }

    @Test
    void findsLiteralAccessibleNamesAndButtonValues() {
        assertThat(TemplateText.literals(
                        "<img src=\"a.png\" alt=\"Logo\"><img src=\"b.png\" alt=\"\"><nav aria-label=\"Menu\"></nav>"
                                + "<input placeholder=\"Zoek\" th:placeholder=\"#{search}\"><input type=\"submit\" value=\"Go\">"
                                + "<a title=\"Help\" th:attr=\"title=#{help}\">?</a>"))
                .containsExactly("<img alt=\"Logo\">", "<nav aria-label=\"Menu\">", "<input value=\"Go\">");
    }

    @Test
    void keepsTableRowsOfAFragmentInTheirCells() {
        assertThat(TemplateText.literals(
                        "<tr th:fragment=\"row\"><td th:text=\"${n}\">name</td><td>Totaal</td></tr><br><hr>"))
                .containsExactly("<td> \"Totaal\"");
    }
}
