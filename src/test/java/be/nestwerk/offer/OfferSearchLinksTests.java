package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.offer.SearchAlternative.Relaxation;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class OfferSearchLinksTests {

    final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/networks/mechelen/offers");

    @Test
    void keepsWhatWasAskedEncodedOnceAndChangesOnlyThePage() {
        request.addParameter("q", "a&b {x} ü");
        request.addParameter("day", "1", "3");
        request.addParameter("page", "2");
        request.addParameter("lang", "en");

        assertThat(SearchLinks.of(request).page(3))
                .isEqualTo("/networks/mechelen/offers?q=a%26b%20%7Bx%7D%20%C3%BC&day=1&day=3&page=3");
    }

    @Test
    void relaxesOneFilterPerAlternative() {
        request.addParameter("q", "zwemles");
        request.addParameter("age", "4");
        request.addParameter("born", "2022-01-01");
        request.addParameter("place", "2800");
        request.addParameter("km", "5");
        request.addParameter("free", "true");
        SearchLinks links = SearchLinks.of(request);

        assertThat(links.alternative(new SearchAlternative(Relaxation.WIDER_RADIUS, 3, 25, null)))
                .isEqualTo("/networks/mechelen/offers?q=zwemles&age=4&born=2022-01-01&place=2800&free=true&km=25");
        assertThat(links.alternative(SearchAlternative.of(Relaxation.WITHOUT_AGE, 3)))
                .isEqualTo("/networks/mechelen/offers?q=zwemles&place=2800&km=5&free=true");
        assertThat(links.alternative(SearchAlternative.of(Relaxation.ANYWHERE, 3)))
                .isEqualTo("/networks/mechelen/offers?q=zwemles&age=4&born=2022-01-01&free=true");
        assertThat(links.alternative(new SearchAlternative(Relaxation.ONE_WORD, 3, null, "zwemles")))
                .isEqualTo("/networks/mechelen/offers?age=4&born=2022-01-01&place=2800&km=5&free=true&q=zwemles");
        assertThat(links.alternative(SearchAlternative.of(Relaxation.ALL_NETWORKS, 3)))
                .isEqualTo("/offers?q=zwemles&age=4&born=2022-01-01&place=2800&km=5&free=true");
    }
}
