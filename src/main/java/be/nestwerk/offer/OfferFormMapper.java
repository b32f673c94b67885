package be.nestwerk.offer;

import be.nestwerk.network.EssentialFunction;
import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Closure;
import be.nestwerk.offer.OfferContent.Contact;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import be.nestwerk.territory.Territory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Between the editor's form and an offer's content: reads the form into content, noting what could not be read
 * against the form's fields (the content's own rules are checked by the catalogue), and fills a form from content.
 */
@Component
class OfferFormMapper {

    /** The content read from a form, and what could not be read; unreadable values are replaced by harmless ones. */
    record Reading(OfferContent content, List<ContentProblem> problems) {}

    private static final LocalDate SOME_DATE = LocalDate.of(2000, 1, 1);
    private static final int MAX_COUNT = 500;

    private final OfferFormPlaces places;

    OfferFormMapper(Territory territory) {
        this.places = new OfferFormPlaces(territory);
    }

    Reading read(OfferForm form) {
        OfferFormReader in = new OfferFormReader();
        List<Place> placeList = new ArrayList<>();
        for (int i = 0; i < form.getPlaces().size(); i++) {
            placeList.add(places.read(in, "places[" + i + "]", form.getPlaces().get(i)));
        }
        OfferContent content = new OfferContent(
                in.choice("kind", form.getKind(), OfferKind.class, OfferKind.SERVICE),
                in.choice("status", form.getStatus(), OfferStatus.class, OfferStatus.ACTIVE),
                texts(in, form.getTexts()),
                in.choices("pillars", form.getPillars(), Pillar.class),
                in.choices("supportFunctions", form.getSupportFunctions(), SupportFunction.class),
                in.choices("essentialFunctions", form.getEssentialFunctions(), EssentialFunction.class).stream()
                        .map(Enum::name)
                        .collect(Collectors.toSet()),
                in.choices("lifeDomains", form.getLifeDomains(), LifeDomain.class),
                Set.copyOf(form.getTaxonomyTerms()),
                ages(in, form),
                in.choices("audiences", form.getAudiences(), Audience.class),
                in.yesOrNo("universal", form.getUniversal()),
                Set.copyOf(form.getLanguages()),
                form.isInterpreterAvailable(),
                costs(in, form.getCosts()),
                in.choices("accessModes", form.getAccessModes(), AccessMode.class),
                new Contact(
                        in.email("email", form.getEmail()),
                        in.phone("phone", form.getPhone()),
                        in.link("website", form.getWebsite()),
                        in.link("registrationUrl", form.getRegistrationUrl())),
                form.isOnline(),
                form.isByPhone(),
                placeList,
                openingHours(in, form.getOpeningHours()),
                closures(in, form.getClosures()),
                sessions(in, form.getSessions()));
        return new Reading(content, in.problems());
    }

    OfferForm toForm(OfferContent content) {
        return OfferFormPrefill.of(content, places);
    }

    private static Map<String, OfferText> texts(OfferFormReader in, List<OfferFormText> rows) {
        Map<String, OfferText> texts = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            OfferFormText row = rows.get(i);
            String field = "texts[" + i + "]";
            String language = row.getLanguage();
            if (texts.containsKey(language)) {
                in.problem(field, "offer.editor.problem.language.duplicate");
                continue;
            }
            // the catalogue asks for the Dutch name itself, in its own words
            String name = language.equals(ContentLanguage.DUTCH)
                    ? orEmpty(in.text(field + ".name", row.getName(), OfferContentRules.MAX_NAME))
                    : in.required(field + ".name", row.getName(), OfferContentRules.MAX_NAME);
            int max = OfferContentRules.MAX_TEXT;
            texts.put(
                    language,
                    new OfferText(
                            name,
                            in.text(field + ".summary", row.getSummary(), max),
                            in.text(field + ".description", row.getDescription(), max),
                            in.text(field + ".howToAccess", row.getHowToAccess(), max),
                            in.text(field + ".whatToBring", row.getWhatToBring(), max),
                            in.text(field + ".costNote", row.getCostNote(), max),
                            in.text(field + ".gettingThere", row.getGettingThere(), max)));
        }
        return texts;
    }

    private static AgeRange ages(OfferFormReader in, OfferForm form) {
        Integer from = in.integer("ageFrom", form.getAgeFrom(), AgeRange.PREGNANCY, AgeRange.TWENTY_FOUR_YEARS);
        Integer to = in.integer("ageTo", form.getAgeTo(), AgeRange.PREGNANCY, AgeRange.TWENTY_FOUR_YEARS);
        return new AgeRange(from == null ? AgeRange.PREGNANCY : from, to == null ? AgeRange.TWENTY_FOUR_YEARS : to);
    }

    private static List<Cost> costs(OfferFormReader in, List<OfferFormCost> rows) {
        List<Cost> costs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OfferFormCost row = rows.get(i);
            String field = "costs[" + i + "]";
            costs.add(new Cost(
                    in.choice(field + ".kind", row.getKind(), CostKind.class, CostKind.FREE),
                    in.amount(field + ".amount", row.getAmount()),
                    in.amount(field + ".maximum", row.getMaximum())));
        }
        return costs;
    }

    private static List<OpeningHours> openingHours(OfferFormReader in, List<OfferFormHours> rows) {
        List<OpeningHours> hours = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OfferFormHours row = rows.get(i);
            String field = "openingHours[" + i + "]";
            hours.add(new OpeningHours(
                    placeOf(in, field + ".place", row.getPlace()),
                    in.choice(field + ".day", row.getDay(), DayOfWeek.class, DayOfWeek.MONDAY),
                    in.requiredTime(field + ".opens", row.getOpens(), LocalTime.MIN),
                    in.requiredTime(field + ".closes", row.getCloses(), LocalTime.MAX)));
        }
        return hours;
    }

    private static List<Closure> closures(OfferFormReader in, List<OfferFormClosure> rows) {
        List<Closure> closures = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OfferFormClosure row = rows.get(i);
            String field = "closures[" + i + "]";
            LocalDate from = in.requiredDate(field + ".from", row.getFrom(), SOME_DATE);
            closures.add(new Closure(
                    from,
                    in.requiredDate(field + ".to", row.getTo(), from),
                    in.text(field + ".note", row.getNote(), OfferFormReader.MAX_LINE)));
        }
        return closures;
    }

    private static List<SessionSeries> sessions(OfferFormReader in, List<OfferFormSession> rows) {
        List<SessionSeries> sessions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OfferFormSession row = rows.get(i);
            String field = "sessions[" + i + "]";
            LocalDate date = in.requiredDate(field + ".date", row.getDate(), SOME_DATE);
            sessions.add(new SessionSeries(
                    OfferFormReader.id(row.getId()),
                    placeOf(in, field + ".place", row.getPlace()),
                    date,
                    in.requiredTime(field + ".starts", row.getStarts(), LocalTime.MIN),
                    in.requiredTime(field + ".ends", row.getEnds(), LocalTime.MAX),
                    recurrence(in, field, row, date),
                    in.integer(field + ".capacity", row.getCapacity(), 0, OfferFormReader.MAX_NUMBER),
                    in.integer(field + ".placesLeft", row.getPlacesLeft(), 0, OfferFormReader.MAX_NUMBER),
                    in.link(field + ".registrationUrl", row.getRegistrationUrl()),
                    in.phone(field + ".registrationPhone", row.getRegistrationPhone())));
        }
        return sessions;
    }

    private static @Nullable String recurrence(OfferFormReader in, String field, OfferFormSession row, LocalDate date) {
        SessionRepeat repeat = OfferFormReader.isBlank(row.getRepeat())
                ? SessionRepeat.NONE
                : in.choice(field + ".repeat", row.getRepeat(), SessionRepeat.class, SessionRepeat.NONE);
        if (repeat == SessionRepeat.ADVANCED) {
            String rule = in.text(field + ".rule", row.getRule(), OfferFormReader.MAX_LINE);
            if (rule == null) {
                in.problem(field + ".rule", "offer.editor.problem.required");
            }
            return rule == null ? null : rule.toUpperCase(Locale.ROOT);
        }
        if (!repeat.isSimple()) {
            return null;
        }
        LocalDate until = in.date(field + ".until", row.getUntil());
        Integer count = in.integer(field + ".count", row.getCount(), 1, MAX_COUNT);
        boolean untilTyped = !OfferFormReader.isBlank(row.getUntil());
        boolean countTyped = !OfferFormReader.isBlank(row.getCount());
        if (untilTyped == countTyped) {
            in.problem(field + ".until", "offer.editor.problem.repeat.end");
            return null;
        }
        if (until != null && until.isBefore(date)) {
            in.problem(field + ".until", "offer.editor.problem.repeat.untilBeforeDate");
            return null;
        }
        return until == null && count == null ? null : repeat.rule(date, until, count);
    }

    private static @Nullable UUID placeOf(OfferFormReader in, String field, @Nullable String value) {
        if (OfferFormReader.isBlank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAPlace) {
            in.problem(field, "offer.editor.problem.choice");
            return null;
        }
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
