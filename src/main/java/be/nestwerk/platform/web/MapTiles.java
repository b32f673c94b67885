package be.nestwerk.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The tiles that every map of Nestwerk draws on ({@code nestwerk.map.tile-url}, a Leaflet URL template, OpenStreetMap
 * by default) and their attribution ({@code nestwerk.map.attribution}, HTML; blank for the translated OpenStreetMap
 * attribution). Pages find it in their model as {@code mapTiles}; the pages' Content-Security-Policy allows images
 * from the tiles' host, so that changing the property is all it takes to use another tile server.
 */
@ControllerAdvice(annotations = Controller.class)
public class MapTiles {

    public static final String OPEN_STREET_MAP = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png";

    private static final Pattern ORIGIN = Pattern.compile("^(https?://)([A-Za-z0-9.{}-]+)(:[0-9]+)?(/.*)?$");

    private final String url;
    private final String attribution;

    MapTiles(
            @Value("${nestwerk.map.tile-url:" + OPEN_STREET_MAP + "}") String url,
            @Value("${nestwerk.map.attribution:}") String attribution) {
        this.url = url.strip();
        this.attribution = attribution.strip();
        if (imageSource().isEmpty()) {
            throw new IllegalStateException("nestwerk.map.tile-url must be an http(s) URL template: " + url);
        }
    }

    @ModelAttribute("mapTiles")
    MapTiles model() {
        return this;
    }

    public String url() {
        return url;
    }

    /** The configured attribution; blank when the page should show its translated OpenStreetMap attribution. */
    public String attribution() {
        return attribution;
    }

    /** The CSP source of the tiles: scheme and host, with Leaflet's {s} subdomain as a wildcard. */
    public String imageSource() {
        Matcher matcher = ORIGIN.matcher(url);
        if (!matcher.matches()) {
            return "";
        }
        String host = matcher.group(2).replace("{s}", "*");
        if (host.contains("{") || host.contains("}") || host.indexOf('*') > 0) {
            return "";
        }
        return matcher.group(1) + host + (matcher.group(3) == null ? "" : matcher.group(3));
    }
}
