package be.nestwerk.offer.hsds;

import be.nestwerk.offer.OfferContent.OfferText;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The texts of an offer that exist per language; their codes name the terms of the translation taxonomy. */
enum TranslatedField {
    NAME("name", "name", OfferText::name),
    SUMMARY("summary", "summary", OfferText::summary),
    DESCRIPTION("description", "description", OfferText::description),
    HOW_TO_ACCESS("how_to_access", "howToAccess", OfferText::howToAccess),
    WHAT_TO_BRING("what_to_bring", "whatToBring", OfferText::whatToBring),
    COST_NOTE("cost_note", "costNote", OfferText::costNote),
    GETTING_THERE("getting_there", "gettingThere", OfferText::gettingThere);

    private final String code;
    private final String jsonKey;
    private final Function<OfferText, @Nullable String> value;

    TranslatedField(String code, String jsonKey, Function<OfferText, @Nullable String> value) {
        this.code = code;
        this.jsonKey = jsonKey;
        this.value = value;
    }

    String code() {
        return code;
    }

    /** The field's name in the stored content (a version's JSON document). */
    String jsonKey() {
        return jsonKey;
    }

    @Nullable
    String of(OfferText text) {
        return value.apply(text);
    }

    String messageKey() {
        return "offer.hsds.field." + code;
    }

    static Optional<TranslatedField> byCode(String code) {
        return Arrays.stream(values()).filter(field -> field.code.equals(code)).findFirst();
    }

    /** The text with this field set to the value. */
    OfferText set(OfferText text, String newValue) {
        return new OfferText(
                this == NAME ? newValue : text.name(),
                this == SUMMARY ? newValue : text.summary(),
                this == DESCRIPTION ? newValue : text.description(),
                this == HOW_TO_ACCESS ? newValue : text.howToAccess(),
                this == WHAT_TO_BRING ? newValue : text.whatToBring(),
                this == COST_NOTE ? newValue : text.costNote(),
                this == GETTING_THERE ? newValue : text.gettingThere());
    }
}
