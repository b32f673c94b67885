package be.nestwerk.offer.hsds;

import be.nestwerk.offer.ContentLanguage;
import be.nestwerk.offer.OfferContent;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.PublicOffer;
import be.nestwerk.offer.hsds.HsdsTaxonomies.Term;
import be.nestwerk.offer.hsds.HsdsTaxonomies.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The attributes of a service: one per classification (link_type "classification", no value) and, for every
 * language other than the one shown, one per text field (link_type "translation", the text as value).
 */
@Component
class HsdsAttributes {

    private final HsdsTaxonomies taxonomies;

    HsdsAttributes(HsdsTaxonomies taxonomies) {
        this.taxonomies = taxonomies;
    }

    List<Hsds.Attribute> of(PublicOffer offer, HsdsLanguage language) {
        OfferContent content = offer.content();
        Locale locale = language.messageLocale();
        List<Hsds.Attribute> attributes = new ArrayList<>();
        Stream.of(
                        content.pillars().stream().map(value -> term(Vocabulary.PILLAR, value.name())),
                        content.supportFunctions().stream()
                                .map(value -> term(Vocabulary.SUPPORT_FUNCTION, value.name())),
                        content.lifeDomains().stream().map(value -> term(Vocabulary.LIFE_DOMAIN, value.name())),
                        content.audiences().stream().map(value -> term(Vocabulary.AUDIENCE, value.name())),
                        content.accessModes().stream().map(value -> term(Vocabulary.ACCESS_MODE, value.name())),
                        content.taxonomyTerms().stream().sorted().map(code -> term(Vocabulary.OPEN_ELIGIBILITY, code)))
                .flatMap(terms -> terms)
                .forEach(term -> attributes.add(attribute(offer.id(), term, "classification", null, locale)));
        String shown = content.hasText(language.code()) ? language.code() : ContentLanguage.DUTCH;
        content.texts().keySet().stream()
                .filter(code -> !code.equals(shown))
                .sorted()
                .forEach(code -> {
                    OfferText text = content.texts().get(code);
                    for (TranslatedField field : TranslatedField.values()) {
                        String value = field.of(text);
                        if (value != null && !value.isBlank()) {
                            Term term = term(Vocabulary.TRANSLATION, field.code() + "/" + code);
                            attributes.add(attribute(offer.id(), term, "translation", value, locale));
                        }
                    }
                });
        return attributes;
    }

    private Term term(Vocabulary vocabulary, String code) {
        return taxonomies.term(vocabulary, code);
    }

    private Hsds.Attribute attribute(UUID offerId, Term term, String linkType, @Nullable String value, Locale locale) {
        return new Hsds.Attribute(
                HsdsIds.of("attribute/" + offerId + "/" + term.id()),
                offerId,
                term.id(),
                linkType,
                "service",
                value,
                taxonomies.taxonomyTerm(term, locale, false));
    }
}
