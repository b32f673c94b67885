package be.nestwerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Fast on a slow connection: no public page, with the stylesheets and scripts of its own site that it loads, is
 * heavier than 300 kB (before images), counted uncompressed.
 */
@NestwerkIntegrationTest
class PageWeightIT {

    static final int MAX_BYTES = 300 * 1024;

    /**
     * The public pages to weigh. "{offer name}" stands for the id of the demo catalogue's published offer of that
     * name (in Mechelen).
     */
    static List<String> pages() {
        return List.of(
                "/",
                "/networks/huis-van-het-kind-mechelen-fictief",
                "/offers/{Consultatiebureau voor baby's en peuters}",
                "/offers/{Consultatiebureau voor baby's en peuters}?in=ar",
                "/offers/{Huiswerkklas in de bibliotheek}?lang=en",
                "/offers/{Hulp en opvang bij geweld in het gezin}?lang=fr",
                "/offers",
                "/offers?q=kinderopvang&place=2800&km=10",
                "/networks/huis-van-het-kind-mechelen-fictief/offers?age=2",
                "/calendar",
                "/calendar?view=month",
                "/networks/huis-van-het-kind-mechelen-fictief/calendar?in=ar");
    }

    private static final Pattern OFFER_NAME = Pattern.compile("\\{([^}]+)}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @MethodSource("pages")
    void staysUnder300KilobytesWithItsStylesheetsAndScripts(String page) throws Exception {
        String path = withOfferIds(page);
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put(path, result.getResponse().getContentAsByteArray().length);
        for (String asset : sameOriginAssets(result.getResponse().getContentAsString())) {
            MvcResult loaded = mvc.perform(get(asset)).andReturn();
            assertThat(loaded.getResponse().getStatus()).as(asset).isEqualTo(200);
            weights.put(asset, loaded.getResponse().getContentAsByteArray().length);
        }
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();

        assertThat(total)
                .as(
                        "bytes of %s with its stylesheets and scripts:%n%s",
                        path,
                        weights.entrySet().stream()
                                .map(entry -> "  " + entry.getValue() + "  " + entry.getKey())
                                .collect(Collectors.joining("\n")))
                .isLessThanOrEqualTo(MAX_BYTES);
    }

    /** Stylesheets (screen and print) and scripts the page loads from its own site; images are not counted. */
    static List<String> sameOriginAssets(String html) {
        Document page = Jsoup.parse(html, "http://localhost/");
        List<String> assets = new ArrayList<>();
        page.select("link[rel=stylesheet][href]").forEach(link -> assets.add(link.attr("href")));
        page.select("script[src]").forEach(script -> assets.add(script.attr("src")));
        return assets.stream()
                .filter(address -> address.startsWith("/") && !address.startsWith("//"))
                .distinct()
                .toList();
    }

    private String withOfferIds(String page) {
        Matcher name = OFFER_NAME.matcher(page);
        StringBuilder path = new StringBuilder();
        while (name.find()) {
            String id = jdbc.queryForObject(
                    "select p.offer_id::text from published_offer p join network n on n.id = p.network_id"
                            + " where p.name = ? and n.slug = 'huis-van-het-kind-mechelen-fictief'",
                    String.class,
                    name.group(1));
            name.appendReplacement(path, id);
        }
        name.appendTail(path);
        return path.toString();
    }
}
