package be.nestwerk.offer;

import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's work list: offers waiting for review (oldest submission first) and published offers that nobody
 * has looked at for twelve months; and one offer under review, compared with what is published.
 */
@Service
@Transactional(readOnly = true)
class ReviewQueue {

    static final int PAGE_SIZE = 20;

    /** An offer whose working version waits for review. */
    record Waiting(
            UUID offerId,
            String name,
            String organisation,
            int version,
            boolean update,
            String submittedBy,
            LocalDateTime submittedAt) {}

    /** A published offer not reviewed for twelve months. */
    record Due(
            UUID offerId,
            String name,
            String organisation,
            LocalDate lastReviewedOn,
            @Nullable LocalDate reminderSentOn) {}

    private final JdbcClient jdbc;
    private final OfferStore store;
    private final OfferPermissions permissions;
    private final OfferDescription description;
    private final NetworkDirectory directory;
    private final Accounts accounts;
    private final Clock clock;

    ReviewQueue(
            JdbcClient jdbc,
            OfferStore store,
            OfferPermissions permissions,
            OfferDescription description,
            NetworkDirectory directory,
            Accounts accounts,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.permissions = permissions;
        this.description = description;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
    }

    Page<Waiting> waiting(UUID networkId, int page) {
        permissions.requireReviewer(networkId);
        PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        long total = jdbc.sql("select count(*) from offer o join offer_version v on v.id = o.working_version_id"
                        + " where o.network_id = ? and v.state = 'IN_REVIEW'")
                .param(networkId)
                .query(Long.class)
                .single();
        record Row(
                UUID offerId,
                UUID organisationId,
                String name,
                int version,
                boolean update,
                @Nullable UUID submittedBy,
                Instant submittedAt) {}
        List<Row> rows = jdbc.sql("select o.id, o.organisation_id, v.content -> 'texts' -> 'nl' ->> 'name' as name,"
                        + " v.number, o.published_version_id is not null as update, v.submitted_by, v.submitted_at"
                        + " from offer o join offer_version v on v.id = o.working_version_id"
                        + " where o.network_id = ? and v.state = 'IN_REVIEW'"
                        + " order by v.submitted_at, o.id limit ? offset ?")
                .params(networkId, request.getPageSize(), request.getOffset())
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        rs.getInt("number"),
                        rs.getBoolean("update"),
                        rs.getObject("submitted_by", UUID.class),
                        Objects.requireNonNull(OfferStore.instant(rs, "submitted_at"))))
                .list();
        Map<UUID, String> organisations = organisationNames(rows.stream().map(Row::organisationId));
        Map<UUID, AccountView> people = accounts.byIds(
                rows.stream().map(Row::submittedBy).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Waiting> waiting = rows.stream()
                .map(row -> new Waiting(
                        row.offerId(),
                        row.name(),
                        organisations.getOrDefault(row.organisationId(), ""),
                        row.version(),
                        row.update(),
                        Optional.ofNullable(row.submittedBy())
                                .map(people::get)
                                .map(AccountView::displayName)
                                .orElse(""),
                        local(row.submittedAt())))
                .toList();
        return new PageImpl<>(waiting, request, total);
    }

    Page<Due> due(UUID networkId, int page) {
        permissions.requireReviewer(networkId);
        PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        LocalDate dueOn = ReviewDueCheck.reviewedOnOrBeforeIsDue(today());
        long total = jdbc.sql("select count(*) from offer o where o.network_id = ?"
                        + " and o.published_version_id is not null and o.last_reviewed_on <= ?")
                .params(networkId, dueOn)
                .query(Long.class)
                .single();
        record Row(
                UUID offerId,
                UUID organisationId,
                String name,
                LocalDate reviewed,
                @Nullable LocalDate reminded) {}
        List<Row> rows = jdbc.sql(
                        "select o.id, o.organisation_id, p.name, o.last_reviewed_on, o.review_reminder_sent_on"
                                + " from offer o join published_offer p on p.offer_id = o.id"
                                + " where o.network_id = ? and o.published_version_id is not null and o.last_reviewed_on <= ?"
                                + " order by o.last_reviewed_on, o.id limit ? offset ?")
                .params(networkId, dueOn, request.getPageSize(), request.getOffset())
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("last_reviewed_on", LocalDate.class),
                        rs.getObject("review_reminder_sent_on", LocalDate.class)))
                .list();
        Map<UUID, String> organisations = organisationNames(rows.stream().map(Row::organisationId));
        return new PageImpl<>(
                rows.stream()
                        .map(row -> new Due(
                                row.offerId(),
                                row.name(),
                                organisations.getOrDefault(row.organisationId(), ""),
                                row.reviewed(),
                                row.reminded()))
                        .toList(),
                request,
                total);
    }

    /** The offer under review; a case without candidate when nothing of it waits for review. */
    ReviewCase reviewCase(UUID networkId, UUID offerId, Locale locale) {
        permissions.requireReviewer(networkId);
        OfferRecord offer = store.find(networkId, offerId).orElseThrow(() -> new NotFoundException("offer"));
        String organisation =
                organisationNames(Stream.of(offer.organisationId())).getOrDefault(offer.organisationId(), "");
        OfferVersion published = version(offer.publishedVersionId());
        OfferVersion candidate = Optional.ofNullable(version(offer.workingVersionId()))
                .filter(version -> version.state() == VersionState.IN_REVIEW)
                .orElse(null);
        if (candidate == null) {
            OfferVersion shown = published != null ? published : version(offer.workingVersionId());
            String name = shown == null ? "" : shown.content().dutchName();
            return new ReviewCase(offerId, name, organisation, null, published, null, null, List.of(), List.of());
        }
        List<OfferDescription.Field> fields = description.describe(candidate.content(), locale);
        List<VersionDifferences.Change> changes = published == null
                ? List.of()
                : VersionDifferences.between(description.describe(published.content(), locale), fields);
        String submitter = candidate.submittedBy() == null
                ? null
                : accounts.find(candidate.submittedBy())
                        .map(AccountView::displayName)
                        .orElse(null);
        return new ReviewCase(
                offerId,
                candidate.content().dutchName(),
                organisation,
                candidate,
                published,
                submitter,
                candidate.submittedAt() == null ? null : local(candidate.submittedAt()),
                fields,
                changes);
    }

    /** The Dutch name of the offer's latest version, to confirm what was just published or rejected. */
    String latestName(UUID networkId, UUID offerId) {
        return store.find(networkId, offerId)
                .map(offer -> Optional.ofNullable(version(offer.workingVersionId()))
                        .or(() -> Optional.ofNullable(version(offer.publishedVersionId())))
                        .map(version -> version.content().dutchName())
                        .orElse(""))
                .orElse("");
    }

    private @Nullable OfferVersion version(@Nullable UUID versionId) {
        return versionId == null ? null : store.version(versionId).orElse(null);
    }

    private Map<UUID, String> organisationNames(Stream<UUID> ids) {
        Set<UUID> wanted = ids.collect(Collectors.toSet());
        Collection<OrganisationRef> found = wanted.isEmpty() ? List.of() : directory.findOrganisations(wanted);
        return found.stream().collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a));
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, SessionOccurrences.BELGIUM);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM));
    }
}
