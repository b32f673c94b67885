package be.nestwerk.offer;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a family looks for; every part is optional and the parts combine. Built from request parameters by
 * {@link SearchRequest}, which also checks them.
 *
 * @param text free text, as typed
 * @param ageMonths the child's age in months (−9 … 288); null for any age
 * @param pregnant "I am pregnant": offers for the time before birth
 * @param near where to look, with the radius; null for anywhere
 * @param networkId only this network's offers; null for all of Flanders and Brussels
 */
public record SearchCriteria(
        @Nullable String text,
        @Nullable Integer ageMonths,
        boolean pregnant,
        Set<LifeDomain> themes,
        @Nullable String language,
        boolean freeOnly,
        @Nullable Near near,
        Set<DayOfWeek> days,
        @Nullable UUID networkId) {

    public SearchCriteria {
        themes = Set.copyOf(themes);
        days = Set.copyOf(days);
    }

    public static SearchCriteria everything() {
        return new SearchCriteria(null, null, false, Set.of(), null, false, null, Set.of(), null);
    }

    public SearchCriteria inNetwork(@Nullable UUID network) {
        return new SearchCriteria(text, ageMonths, pregnant, themes, language, freeOnly, near, days, network);
    }

    public SearchCriteria withText(@Nullable String newText) {
        return new SearchCriteria(newText, ageMonths, pregnant, themes, language, freeOnly, near, days, networkId);
    }

    public SearchCriteria near(@Nullable Near place) {
        return new SearchCriteria(text, ageMonths, pregnant, themes, language, freeOnly, place, days, networkId);
    }

    public SearchCriteria withoutAge() {
        return new SearchCriteria(text, null, false, themes, language, freeOnly, near, days, networkId);
    }

    public SearchCriteria withoutThemes() {
        return new SearchCriteria(text, ageMonths, pregnant, Set.of(), language, freeOnly, near, days, networkId);
    }

    public SearchCriteria withoutLanguage() {
        return new SearchCriteria(text, ageMonths, pregnant, themes, null, freeOnly, near, days, networkId);
    }

    public SearchCriteria withoutFreeOnly() {
        return new SearchCriteria(text, ageMonths, pregnant, themes, language, false, near, days, networkId);
    }

    public SearchCriteria withoutDays() {
        return new SearchCriteria(text, ageMonths, pregnant, themes, language, freeOnly, near, Set.of(), networkId);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public boolean hasAge() {
        return ageMonths != null || pregnant;
    }

    /**
     * A point (a postcode's or a municipality's) and a radius in kilometres; label is what the family typed, resolved
     * ("2800 Mechelen"). The postcode or the municipality's NIS code names the place for the networks that work there.
     */
    public record Near(
            String label,
            double latitude,
            double longitude,
            int radiusKm,
            @Nullable String postcode,
            @Nullable String nisCode) {

        public Near(String label, double latitude, double longitude, int radiusKm) {
            this(label, latitude, longitude, radiusKm, null, null);
        }

        public Near within(int km) {
            return new Near(label, latitude, longitude, km, postcode, nisCode);
        }
    }
}
