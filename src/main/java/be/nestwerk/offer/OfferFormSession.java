package be.nestwerk.offer;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An activity session as typed: a date and times, how it repeats, and its places. */
class OfferFormSession {

    private @Nullable String id;
    private @Nullable String place;
    private @Nullable String date;
    private @Nullable String starts;
    private @Nullable String ends;
    private @Nullable String repeat;
    private @Nullable String until;
    private @Nullable String count;
    private @Nullable String rule;
    private @Nullable String capacity;
    private @Nullable String placesLeft;
    private @Nullable String registrationUrl;
    private @Nullable String registrationPhone;

    static OfferFormSession withNewId() {
        OfferFormSession session = new OfferFormSession();
        session.id = UUID.randomUUID().toString();
        session.repeat = SessionRepeat.NONE.name();
        return session;
    }

    boolean hasNoInput() {
        return OfferFormReader.isBlank(date)
                && OfferFormReader.isBlank(starts)
                && OfferFormReader.isBlank(ends)
                && OfferFormReader.isBlank(until)
                && OfferFormReader.isBlank(count)
                && OfferFormReader.isBlank(rule)
                && OfferFormReader.isBlank(capacity)
                && OfferFormReader.isBlank(placesLeft)
                && OfferFormReader.isBlank(registrationUrl)
                && OfferFormReader.isBlank(registrationPhone);
    }

    public @Nullable String getId() {
        return id;
    }

    public void setId(@Nullable String id) {
        this.id = id;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }

    public @Nullable String getDate() {
        return date;
    }

    public void setDate(@Nullable String date) {
        this.date = date;
    }

    public @Nullable String getStarts() {
        return starts;
    }

    public void setStarts(@Nullable String starts) {
        this.starts = starts;
    }

    public @Nullable String getEnds() {
        return ends;
    }

    public void setEnds(@Nullable String ends) {
        this.ends = ends;
    }

    public @Nullable String getRepeat() {
        return repeat;
    }

    public void setRepeat(@Nullable String repeat) {
        this.repeat = repeat;
    }

    public @Nullable String getUntil() {
        return until;
    }

    public void setUntil(@Nullable String until) {
        this.until = until;
    }

    public @Nullable String getCount() {
        return count;
    }

    public void setCount(@Nullable String count) {
        this.count = count;
    }

    public @Nullable String getRule() {
        return rule;
    }

    public void setRule(@Nullable String rule) {
        this.rule = rule;
    }

    public @Nullable String getCapacity() {
        return capacity;
    }

    public void setCapacity(@Nullable String capacity) {
        this.capacity = capacity;
    }

    public @Nullable String getPlacesLeft() {
        return placesLeft;
    }

    public void setPlacesLeft(@Nullable String placesLeft) {
        this.placesLeft = placesLeft;
    }

    public @Nullable String getRegistrationUrl() {
        return registrationUrl;
    }

    public void setRegistrationUrl(@Nullable String registrationUrl) {
        this.registrationUrl = registrationUrl;
    }

    public @Nullable String getRegistrationPhone() {
        return registrationPhone;
    }

    public void setRegistrationPhone(@Nullable String registrationPhone) {
        this.registrationPhone = registrationPhone;
    }
}
