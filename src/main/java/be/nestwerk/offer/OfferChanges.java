package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What changed between two versions of an offer, field by field, in words: the field's label, before and after. */
final class OfferChanges {

    /** One changed field; null before means it was added, null after that it was removed. */
    record Change(
            String field, @Nullable String before, @Nullable String after) {}

    private static final List<String> TEXT_FIELDS =
            List.of("name", "summary", "description", "howToAccess", "whatToBring", "costNote", "gettingThere");

    private final OfferWording words;
    private final List<Change> changes = new ArrayList<>();

    private OfferChanges(OfferWording words) {
        this.words = words;
    }

    static List<Change> between(OfferContent before, OfferContent after, OfferWording words) {
        OfferChanges changes = new OfferChanges(words);
        changes.compare(before, after);
        return List.copyOf(changes.changes);
    }

    private void compare(OfferContent a, OfferContent b) {
        field("kind", words.message("offer.kind." + a.kind()), words.message("offer.kind." + b.kind()));
        field("status", words.message("offer.status." + a.status()), words.message("offer.status." + b.status()));
        texts(a, b);
        field("pillars", words.labels(a.pillars(), "offer.pillar."), words.labels(b.pillars(), "offer.pillar."));
        field(
                "supportFunctions",
                words.labels(a.supportFunctions(), "offer.function."),
                words.labels(b.supportFunctions(), "offer.function."));
        field(
                "essentialFunctions",
                words.essentialFunctions(a.essentialFunctions()),
                words.essentialFunctions(b.essentialFunctions()));
        field(
                "lifeDomains",
                words.labels(a.lifeDomains(), "offer.domain."),
                words.labels(b.lifeDomains(), "offer.domain."));
        field("taxonomyTerms", words.taxonomyTerms(a.taxonomyTerms()), words.taxonomyTerms(b.taxonomyTerms()));
        field("ages", ages(a), ages(b));
        field(
                "audiences",
                words.labels(a.audiences(), "offer.audience."),
                words.labels(b.audiences(), "offer.audience."));
        field(
                "universal",
                words.message("offer.editor.universal." + a.universal()),
                words.message("offer.editor.universal." + b.universal()));
        field("languages", words.languages(a.languages()), words.languages(b.languages()));
        field("interpreterAvailable", words.yesOrNo(a.interpreterAvailable()), words.yesOrNo(b.interpreterAvailable()));
        field("costs", words.costs(a.costs()), words.costs(b.costs()));
        field(
                "accessModes",
                words.labels(a.accessModes(), "offer.access."),
                words.labels(b.accessModes(), "offer.access."));
        field("email", a.contact().email(), b.contact().email());
        field("phone", a.contact().phone(), b.contact().phone());
        field("website", a.contact().website(), b.contact().website());
        field("registrationUrl", a.contact().registrationUrl(), b.contact().registrationUrl());
        field("online", words.yesOrNo(a.online()), words.yesOrNo(b.online()));
        field("byPhone", words.yesOrNo(a.byPhone()), words.yesOrNo(b.byPhone()));
        Map<UUID, Place> placesA = OfferWording.byId(a.places());
        Map<UUID, Place> placesB = OfferWording.byId(b.places());
        rows("place", a.places(), b.places(), Place::id, words::place);
        field(
                "openingHours",
                words.openingHours(a.openingHours(), placesA),
                words.openingHours(b.openingHours(), placesB));
        field("closures", words.closures(a.closures()), words.closures(b.closures()));
        Map<UUID, Place> eitherPlaces = new HashMap<>(placesA);
        eitherPlaces.putAll(placesB);
        rows("session", a.sessions(), b.sessions(), SessionSeries::id, session -> words.session(session, eitherPlaces));
    }

    private void texts(OfferContent a, OfferContent b) {
        for (String language : ContentLanguage.ALL) {
            OfferText before = a.texts().get(language);
            OfferText after = b.texts().get(language);
            if (before == null && after == null) {
                continue;
            }
            for (String field : TEXT_FIELDS) {
                String label = words.message(
                        "offer.editor.history.inLanguage",
                        words.message("offer.editor.field." + field),
                        ContentLanguage.nativeName(language));
                add(label, text(before, field), text(after, field));
            }
        }
    }

    /** Rows with an id (places, sessions): each added, removed or changed one is a change of its own. */
    private <T> void rows(
            String label, List<T> before, List<T> after, Function<T, UUID> id, Function<T, String> describe) {
        Set<UUID> ids = new LinkedHashSet<>();
        before.forEach(row -> ids.add(id.apply(row)));
        after.forEach(row -> ids.add(id.apply(row)));
        int number = 0;
        for (UUID rowId : ids) {
            number++;
            add(
                    words.message("offer.editor.history.row." + label, number),
                    find(before, id, rowId).map(describe).orElse(null),
                    find(after, id, rowId).map(describe).orElse(null));
        }
    }

    private static <T> Optional<T> find(List<T> rows, Function<T, UUID> id, UUID wanted) {
        return rows.stream().filter(row -> id.apply(row).equals(wanted)).findFirst();
    }

    private String ages(OfferContent content) {
        return words.message(
                "offer.editor.history.ages",
                content.ages().fromMonths(),
                content.ages().toMonths());
    }

    private void field(String field, @Nullable String before, @Nullable String after) {
        add(words.message("offer.editor.field." + field), before, after);
    }

    private void add(String label, @Nullable String before, @Nullable String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(label, before, after));
        }
    }

    private static @Nullable String text(@Nullable OfferText text, String field) {
        if (text == null) {
            return null;
        }
        return switch (field) {
            case "name" -> text.name();
            case "summary" -> text.summary();
            case "description" -> text.description();
            case "howToAccess" -> text.howToAccess();
            case "whatToBring" -> text.whatToBring();
            case "costNote" -> text.costNote();
            default -> text.gettingThere();
        };
    }
}
