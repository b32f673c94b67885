package be.nestwerk.offer;

import org.jspecify.annotations.Nullable;

/** The texts of an offer in one content language, as the editor's fieldset holds them. */
class OfferFormText {

    private String language = ContentLanguage.DUTCH;
    private @Nullable String name;
    private @Nullable String summary;
    private @Nullable String description;
    private @Nullable String howToAccess;
    private @Nullable String whatToBring;
    private @Nullable String costNote;
    private @Nullable String gettingThere;

    static OfferFormText in(String language) {
        OfferFormText text = new OfferFormText();
        text.language = language;
        return text;
    }

    public boolean isRightToLeft() {
        return ContentLanguage.isRightToLeft(language);
    }

    public String nativeName() {
        return ContentLanguage.nativeName(language);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public void setSummary(@Nullable String summary) {
        this.summary = summary;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getHowToAccess() {
        return howToAccess;
    }

    public void setHowToAccess(@Nullable String howToAccess) {
        this.howToAccess = howToAccess;
    }

    public @Nullable String getWhatToBring() {
        return whatToBring;
    }

    public void setWhatToBring(@Nullable String whatToBring) {
        this.whatToBring = whatToBring;
    }

    public @Nullable String getCostNote() {
        return costNote;
    }

    public void setCostNote(@Nullable String costNote) {
        this.costNote = costNote;
    }

    public @Nullable String getGettingThere() {
        return gettingThere;
    }

    public void setGettingThere(@Nullable String gettingThere) {
        this.gettingThere = gettingThere;
    }
}
