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
import be.nestwerk.offer.SessionRepeat.Repetition;
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
        OfferForm form = new OfferForm();
        form.setKind(content.kind().name());
        form.setStatus(content.status().name());
        ContentLanguage.ALL.stream()
                .filter(content::hasText)
                .forEach(language ->
                        form.getTexts().add(text(language, content.texts().get(language))));
        form.setPillars(names(content.pillars()));
        form.setSupportFunctions(names(content.supportFunctions()));
        form.setEssentialFunctions(new ArrayList<>(content.essentialFunctions()));
        form.setLifeDomains(names(content.lifeDomains()));
        form.setTaxonomyTerms(new ArrayList<>(content.taxonomyTerms()));
        form.setAgeFrom(String.valueOf(content.ages().fromMonths()));
        form.setAgeTo(String.valueOf(content.ages().toMonths()));
        form.setAudiences(names(content.audiences()));
        form.setUniversal(String.valueOf(content.universal()));
        form.setLanguages(new ArrayList<>(content.languages()));
        form.setInterpreterAvailable(content.interpreterAvailable());
        content.costs().forEach(cost -> form.getCosts().add(cost(cost)));
        form.setAccessModes(names(content.accessModes()));
        form.setEmail(content.contact().email());
        form.setPhone(content.contact().phone());
        form.setWebsite(content.contact().website());
        form.setRegistrationUrl(content.contact().registrationUrl());
        form.setOnline(content.online());
        form.setByPhone(content.byPhone());
        content.places().forEach(place -> form.getPlaces().add(places.toRow(place)));
        content.openingHours().forEach(hours -> form.getOpeningHours().add(hours(hours)));
        content.closures().forEach(closure -> form.getClosures().add(closure(closure)));
        content.sessions().forEach(session -> form.getSessions().add(session(session)));
        return form;
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

    private static OfferFormText text(String language, OfferText text) {
        OfferFormText row = OfferFormText.in(language);
        row.setName(text.name());
        row.setSummary(text.summary());
        row.setDescription(text.description());
        row.setHowToAccess(text.howToAccess());
        row.setWhatToBring(text.whatToBring());
        row.setCostNote(text.costNote());
        row.setGettingThere(text.gettingThere());
        return row;
    }

    private static OfferFormCost cost(Cost cost) {
        OfferFormCost row = new OfferFormCost();
        row.setKind(cost.kind().name());
        row.setAmount(cost.amount() == null ? null : cost.amount().toPlainString());
        row.setMaximum(
                cost.maximumAmount() == null ? null : cost.maximumAmount().toPlainString());
        return row;
    }

    private static OfferFormHours hours(OpeningHours hours) {
        OfferFormHours row = new OfferFormHours();
        row.setPlace(hours.placeId() == null ? null : hours.placeId().toString());
        row.setDay(hours.day().name());
        row.setOpens(hours.opens().toString());
        row.setCloses(hours.closes().toString());
        return row;
    }

    private static OfferFormClosure closure(Closure closure) {
        OfferFormClosure row = new OfferFormClosure();
        row.setFrom(closure.from().toString());
        row.setTo(closure.to().toString());
        row.setNote(closure.note());
        return row;
    }

    private static OfferFormSession session(SessionSeries session) {
        OfferFormSession row = new OfferFormSession();
        row.setId(session.id().toString());
        row.setPlace(session.placeId() == null ? null : session.placeId().toString());
        row.setDate(session.date().toString());
        row.setStarts(session.starts().toString());
        row.setEnds(session.ends().toString());
        Repetition repetition = SessionRepeat.of(session.recurrence(), session.date());
        row.setRepeat(repetition.repeat().name());
        row.setUntil(repetition.until() == null ? null : repetition.until().toString());
        row.setCount(repetition.count() == null ? null : repetition.count().toString());
        row.setRule(repetition.rule());
        row.setCapacity(session.capacity() == null ? null : session.capacity().toString());
        row.setPlacesLeft(
                session.placesLeft() == null ? null : session.placesLeft().toString());
        row.setRegistrationUrl(session.registrationUrl());
        row.setRegistrationPhone(session.registrationPhone());
        return row;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static <E extends Enum<E>> List<String> names(Set<E> constants) {
        return constants.stream().sorted().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    }
}
