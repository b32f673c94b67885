package be.nestwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontDoorMapTilesTests {

    @Test
    void allowsImagesFromTheTileServersHostWithItsSubdomainsAsAWildcard() {
        assertThat(new MapTiles(MapTiles.OPEN_STREET_MAP, "").imageSource())
                .isEqualTo("https://*.tile.openstreetmap.org");
        assertThat(new MapTiles("https://tiles.example.org:8443/styles/{z}/{x}/{y}.png", "© Example").imageSource())
                .isEqualTo("https://tiles.example.org:8443");
        assertThat(new MapTiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "").imageSource())
                .isEqualTo("https://tile.openstreetmap.org");
    }

    @Test
    void refusesATileUrlThatIsNoHttpAddress() {
        assertThatThrownBy(() -> new MapTiles("javascript:alert(1)", "")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new MapTiles("https://{x}.example.org/{z}.png", ""))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new MapTiles("https://a.example.org; script-src *", ""))
                .isInstanceOf(IllegalStateException.class);
    }
}
