package be.nestwerk.offer;

import org.jspecify.annotations.Nullable;

/** A period the offer is closed, as typed. */
class OfferFormClosure {

    private @Nullable String from;
    private @Nullable String to;
    private @Nullable String note;

    boolean hasNoInput() {
        return OfferFormReader.isBlank(from) && OfferFormReader.isBlank(to) && OfferFormReader.isBlank(note);
    }

    public @Nullable String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from;
    }

    public @Nullable String getTo() {
        return to;
    }

    public void setTo(@Nullable String to) {
        this.to = to;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }
}
