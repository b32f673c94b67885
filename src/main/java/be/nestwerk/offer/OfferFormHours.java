package be.nestwerk.offer;

import org.jspecify.annotations.Nullable;

/** Weekly opening hours at one place (or every place when the place is blank), as typed. */
class OfferFormHours {

    private @Nullable String place;
    private @Nullable String day;
    private @Nullable String opens;
    private @Nullable String closes;

    boolean hasNoInput() {
        return OfferFormReader.isBlank(day) && OfferFormReader.isBlank(opens) && OfferFormReader.isBlank(closes);
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }

    public @Nullable String getDay() {
        return day;
    }

    public void setDay(@Nullable String day) {
        this.day = day;
    }

    public @Nullable String getOpens() {
        return opens;
    }

    public void setOpens(@Nullable String opens) {
        this.opens = opens;
    }

    public @Nullable String getCloses() {
        return closes;
    }

    public void setCloses(@Nullable String closes) {
        this.closes = closes;
    }
}
