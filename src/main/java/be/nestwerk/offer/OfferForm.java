package be.nestwerk.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The offer editor's form: every field of {@link OfferContent} as text, so that anything a browser sends can be bound
 * and then explained. Rows are added and removed by submit buttons that show the form again.
 */
class OfferForm {

    private @Nullable String organisation;
    private @Nullable String kind;
    private @Nullable String status;
    private List<OfferFormText> texts = new ArrayList<>();
    private @Nullable String newLanguage;
    private List<String> pillars = new ArrayList<>();
    private List<String> supportFunctions = new ArrayList<>();
    private List<String> essentialFunctions = new ArrayList<>();
    private List<String> lifeDomains = new ArrayList<>();
    private List<String> taxonomyTerms = new ArrayList<>();
    private @Nullable String ageFrom;
    private @Nullable String ageTo;
    private List<String> audiences = new ArrayList<>();
    private @Nullable String universal;
    private List<String> languages = new ArrayList<>();
    private boolean interpreterAvailable;
    private List<OfferFormCost> costs = new ArrayList<>();
    private List<String> accessModes = new ArrayList<>();
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String website;
    private @Nullable String registrationUrl;
    private boolean online;
    private boolean byPhone;
    private List<OfferFormPlace> places = new ArrayList<>();
    private List<OfferFormHours> openingHours = new ArrayList<>();
    private List<OfferFormClosure> closures = new ArrayList<>();
    private List<OfferFormSession> sessions = new ArrayList<>();

    /**
     * The form of a new offer. A bound form starts empty instead, so that a checkbox left unticked (and so not sent)
     * is really unticked.
     */
    static OfferForm blank() {
        OfferForm form = new OfferForm();
        form.kind = OfferKind.SERVICE.name();
        form.status = OfferStatus.ACTIVE.name();
        form.texts.add(OfferFormText.in(ContentLanguage.DUTCH));
        form.ageFrom = String.valueOf(OfferContent.AgeRange.PREGNANCY);
        form.ageTo = String.valueOf(OfferContent.AgeRange.TWENTY_FOUR_YEARS);
        form.universal = "true";
        form.languages.add(ContentLanguage.DUTCH);
        return form;
    }

    /** The Dutch text comes first and is always there, whatever was sent. */
    void keepDutchFirst() {
        OfferFormText dutch = texts.stream()
                .filter(text -> text.getLanguage().equals(ContentLanguage.DUTCH))
                .findFirst()
                .orElseGet(() -> OfferFormText.in(ContentLanguage.DUTCH));
        texts.remove(dutch);
        texts.add(0, dutch);
    }

    /** A row section of the form, as the add and remove buttons name it. */
    enum Rows {
        COST,
        PLACE,
        HOURS,
        CLOSURE,
        SESSION
    }

    void addRow(Rows section) {
        switch (section) {
            case COST -> costs.add(new OfferFormCost());
            case PLACE -> places.add(OfferFormPlace.withNewId());
            case HOURS -> openingHours.add(new OfferFormHours());
            case CLOSURE -> closures.add(new OfferFormClosure());
            case SESSION -> sessions.add(OfferFormSession.withNewId());
        }
    }

    /** Removes a row; opening hours and sessions at a removed place are then at no place in particular. */
    void removeRow(Rows section, int index) {
        List<?> rows = rows(section);
        if (index < 0 || index >= rows.size()) {
            return;
        }
        Object removed = rows.remove(index);
        if (removed instanceof OfferFormPlace place && place.getId() != null) {
            openingHours.stream()
                    .filter(hours -> place.getId().equals(hours.getPlace()))
                    .forEach(hours -> hours.setPlace(null));
            sessions.stream()
                    .filter(session -> place.getId().equals(session.getPlace()))
                    .forEach(session -> session.setPlace(null));
        }
    }

    List<?> rows(Rows section) {
        return switch (section) {
            case COST -> costs;
            case PLACE -> places;
            case HOURS -> openingHours;
            case CLOSURE -> closures;
            case SESSION -> sessions;
        };
    }

    /** Adds a fieldset for a translation, unless the language is unknown or already there. */
    void addTranslation(@Nullable String language) {
        if (language != null
                && ContentLanguage.isKnown(language)
                && texts.stream().noneMatch(text -> text.getLanguage().equals(language))) {
            texts.add(OfferFormText.in(language));
        }
    }

    /** Removes a translation; the Dutch text always stays. */
    void removeTranslation(int index) {
        if (index >= 0
                && index < texts.size()
                && !texts.get(index).getLanguage().equals(ContentLanguage.DUTCH)) {
            texts.remove(index);
        }
    }

    /** The languages a translation can still be added in. */
    public List<String> missingLanguages() {
        return ContentLanguage.ALL.stream()
                .filter(language ->
                        texts.stream().noneMatch(text -> text.getLanguage().equals(language)))
                .toList();
    }

    /** Ticked values come as a list; an index sent on purpose ({@code languages[5]}) leaves holes, which go. */
    void dropHoles() {
        Stream.of(
                        pillars,
                        supportFunctions,
                        essentialFunctions,
                        lifeDomains,
                        taxonomyTerms,
                        audiences,
                        languages,
                        accessModes)
                .forEach(values -> values.removeIf(Objects::isNull));
    }

    /** Drops the rows in which nothing was typed (added and then left empty), before the form is read. */
    void dropRowsWithoutInput() {
        costs.removeIf(OfferFormCost::hasNoInput);
        places.removeIf(OfferFormPlace::hasNoInput);
        openingHours.removeIf(OfferFormHours::hasNoInput);
        closures.removeIf(OfferFormClosure::hasNoInput);
        sessions.removeIf(OfferFormSession::hasNoInput);
    }

    /** Whether any of these values was chosen, to open the group of checkboxes that holds it. */
    public boolean anyChosen(List<String> chosen, List<String> values) {
        return values.stream().anyMatch(chosen::contains);
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<OfferFormText> getTexts() {
        return texts;
    }

    public void setTexts(List<OfferFormText> texts) {
        this.texts = texts;
    }

    public @Nullable String getNewLanguage() {
        return newLanguage;
    }

    public void setNewLanguage(@Nullable String newLanguage) {
        this.newLanguage = newLanguage;
    }

    public List<String> getPillars() {
        return pillars;
    }

    public void setPillars(List<String> pillars) {
        this.pillars = pillars;
    }

    public List<String> getSupportFunctions() {
        return supportFunctions;
    }

    public void setSupportFunctions(List<String> supportFunctions) {
        this.supportFunctions = supportFunctions;
    }

    public List<String> getEssentialFunctions() {
        return essentialFunctions;
    }

    public void setEssentialFunctions(List<String> essentialFunctions) {
        this.essentialFunctions = essentialFunctions;
    }

    public List<String> getLifeDomains() {
        return lifeDomains;
    }

    public void setLifeDomains(List<String> lifeDomains) {
        this.lifeDomains = lifeDomains;
    }

    public List<String> getTaxonomyTerms() {
        return taxonomyTerms;
    }

    public void setTaxonomyTerms(List<String> taxonomyTerms) {
        this.taxonomyTerms = taxonomyTerms;
    }

    public @Nullable String getAgeFrom() {
        return ageFrom;
    }

    public void setAgeFrom(@Nullable String ageFrom) {
        this.ageFrom = ageFrom;
    }

    public @Nullable String getAgeTo() {
        return ageTo;
    }

    public void setAgeTo(@Nullable String ageTo) {
        this.ageTo = ageTo;
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<String> audiences) {
        this.audiences = audiences;
    }

    public String getUniversal() {
        return universal;
    }

    public void setUniversal(String universal) {
        this.universal = universal;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public boolean isInterpreterAvailable() {
        return interpreterAvailable;
    }

    public void setInterpreterAvailable(boolean interpreterAvailable) {
        this.interpreterAvailable = interpreterAvailable;
    }

    public List<OfferFormCost> getCosts() {
        return costs;
    }

    public void setCosts(List<OfferFormCost> costs) {
        this.costs = costs;
    }

    public List<String> getAccessModes() {
        return accessModes;
    }

    public void setAccessModes(List<String> accessModes) {
        this.accessModes = accessModes;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }

    public @Nullable String getRegistrationUrl() {
        return registrationUrl;
    }

    public void setRegistrationUrl(@Nullable String registrationUrl) {
        this.registrationUrl = registrationUrl;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public boolean isByPhone() {
        return byPhone;
    }

    public void setByPhone(boolean byPhone) {
        this.byPhone = byPhone;
    }

    public List<OfferFormPlace> getPlaces() {
        return places;
    }

    public void setPlaces(List<OfferFormPlace> places) {
        this.places = places;
    }

    public List<OfferFormHours> getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(List<OfferFormHours> openingHours) {
        this.openingHours = openingHours;
    }

    public List<OfferFormClosure> getClosures() {
        return closures;
    }

    public void setClosures(List<OfferFormClosure> closures) {
        this.closures = closures;
    }

    public List<OfferFormSession> getSessions() {
        return sessions;
    }

    public void setSessions(List<OfferFormSession> sessions) {
        this.sessions = sessions;
    }
}
