package be.nestwerk.offer;

import be.nestwerk.offer.OfferChanges.Change;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every version of an offer, who wrote, submitted and reviewed it, and what it changed compared to the one before. */
@Service
@Transactional(readOnly = true)
class OfferVersionHistory {

    /** One version; {@code changes} compare it to the version before (none for the first). */
    record Entry(
            OfferVersion version,
            @Nullable String createdBy,
            @Nullable String submittedBy,
            @Nullable String reviewedBy,
            @Nullable Integer previousNumber,
            List<Change> changes) {}

    private final OfferCatalogue catalogue;
    private final Accounts accounts;
    private final MessageSource messages;
    private final OfferTaxonomy taxonomy;

    OfferVersionHistory(OfferCatalogue catalogue, Accounts accounts, MessageSource messages, OfferTaxonomy taxonomy) {
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.messages = messages;
        this.taxonomy = taxonomy;
    }

    /** Newest first, like {@link OfferCatalogue#history}, which also decides who may read it. */
    List<Entry> of(UUID networkId, UUID offerId, Locale locale) {
        List<OfferVersion> versions = catalogue.history(networkId, offerId);
        Map<UUID, AccountView> people = accounts.byIds(versions.stream()
                .flatMap(version -> Stream.of(version.createdBy(), version.submittedBy(), version.reviewedBy()))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        OfferWording words = new OfferWording(messages, taxonomy, locale);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            OfferVersion version = versions.get(i);
            OfferVersion previous = i + 1 < versions.size() ? versions.get(i + 1) : null;
            entries.add(new Entry(
                    version,
                    name(people, version.createdBy()),
                    name(people, version.submittedBy()),
                    name(people, version.reviewedBy()),
                    previous == null ? null : previous.number(),
                    previous == null ? List.of() : OfferChanges.between(previous.content(), version.content(), words)));
        }
        return entries;
    }

    private static @Nullable String name(Map<UUID, AccountView> people, @Nullable UUID id) {
        AccountView person = id == null ? null : people.get(id);
        return person == null ? null : person.displayName();
    }
}
