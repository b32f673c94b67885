package be.nestwerk.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartnerFilterTests {

    @Test
    void treatsEmptyParametersAsNoFilter() {
        assertThat(PartnerFilter.parse("", " ", null)).isEqualTo(PartnerFilter.NONE);
    }

    @Test
    void refusesUnknownCodesInsteadOfIgnoringThem() {
        assertThatThrownBy(() -> PartnerFilter.parse("ROCKETS", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartnerFilter.parse(null, "sometimes", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsTheFilterInTheListAddress() {
        PartnerFilter filter = PartnerFilter.parse("LIBRARY", "CORE_PARTNER", " bib & co ");

        assertThat(filter.listAddress("mechelen"))
                .isEqualTo("/n/mechelen/partners?q=bib%20%26%20co&actorType=LIBRARY&involvement=CORE_PARTNER");
        assertThat(PartnerFilter.NONE.listAddress("mechelen")).isEqualTo("/n/mechelen/partners");
    }
}
