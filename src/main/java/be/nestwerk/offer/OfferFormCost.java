package be.nestwerk.offer;

import org.jspecify.annotations.Nullable;

/** One way of paying, as typed: amounts are text until the mapper reads them. */
class OfferFormCost {

    private @Nullable String kind;
    private @Nullable String amount;
    private @Nullable String maximum;

    /** Nothing typed: a row that was added and left empty is dropped on saving. */
    boolean hasNoInput() {
        return OfferFormReader.isBlank(amount) && OfferFormReader.isBlank(maximum) && OfferFormReader.isBlank(kind);
    }

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getAmount() {
        return amount;
    }

    public void setAmount(@Nullable String amount) {
        this.amount = amount;
    }

    public @Nullable String getMaximum() {
        return maximum;
    }

    public void setMaximum(@Nullable String maximum) {
        this.maximum = maximum;
    }
}
