package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.Closure;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.SessionSeries;
import be.nestwerk.offer.SessionRepeat.Repetition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The editor's form filled in with an offer's content, as it was saved: what the person edits next. */
final class OfferFormPrefill {

    private OfferFormPrefill() {}

    static OfferForm of(OfferContent content, OfferFormPlaces places) {
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

    private static <E extends Enum<E>> List<String> names(Set<E> constants) {
        return constants.stream().sorted().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    }
}
