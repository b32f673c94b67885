package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.web.BusinessRuleException;
import be.nestwerk.platform.web.NotFoundException;
import be.nestwerk.territory.PostcodeLocation;
import be.nestwerk.territory.Territory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of an offer: partner staff create and edit drafts and submit them; a coordinator publishes or rejects
 * (with a reason). The published version stays visible while the next one is drafted and reviewed; every version
 * is kept and every step is audited.
 */
@Service
@Transactional
public class OfferCatalogue {

    private final OfferStore store;
    private final OfferPermissions permissions;
    private final PublishedOfferProjection projection;
    private final OfferTaxonomy taxonomy;
    private final Territory territory;
    private final NetworkDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    OfferCatalogue(
            OfferStore store,
            OfferPermissions permissions,
            PublishedOfferProjection projection,
            OfferTaxonomy taxonomy,
            Territory territory,
            NetworkDirectory directory,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.permissions = permissions;
        this.projection = projection;
        this.taxonomy = taxonomy;
        this.territory = territory;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new offer of the organisation, as a first draft. */
    public UUID create(UUID networkId, UUID organisationId, OfferContent content) {
        return create(networkId, organisationId, content, null);
    }

    /** A new draft offer that remembers its id in an imported HSDS dataset. */
    public UUID create(UUID networkId, UUID organisationId, OfferContent content, @Nullable String hsdsId) {
        NestwerkUser user = permissions.requireWriter(networkId, organisationId);
        requireOrganisationOf(networkId, organisationId);
        OfferContent checked = checked(content);
        Instant now = clock.instant();
        OfferRecord offer =
                new OfferRecord(UUID.randomUUID(), networkId, organisationId, hsdsId, null, null, today(), now);
        store.insertOffer(offer);
        OfferVersion draft = newVersion(offer, 1, checked, user, now);
        store.pointTo(offer.id(), null, draft.id());
        audit.change(
                networkId,
                AuditAction.OFFER_CREATED,
                "Offer",
                offer.id(),
                "Offer created: " + checked.dutchName(),
                null,
                checked);
        return offer.id();
    }

    /**
     * Saves new content as the offer's draft: replaces the working draft (a rejected or submitted one goes back to
     * draft), or starts a new draft next to the published version.
     */
    public void saveDraft(UUID networkId, UUID offerId, OfferContent content) {
        OfferRecord offer = lock(networkId, offerId);
        NestwerkUser user = permissions.requireWriter(networkId, offer.organisationId());
        OfferContent checked = checked(content);
        Optional<OfferVersion> working = working(offer);
        OfferContent before =
                working.or(() -> published(offer)).map(OfferVersion::content).orElse(null);
        if (working.isPresent()) {
            store.replaceDraftContent(working.get().id(), checked);
        } else {
            OfferVersion draft = newVersion(offer, store.nextVersionNumber(offerId), checked, user, clock.instant());
            store.pointTo(offerId, offer.publishedVersionId(), draft.id());
        }
        audit.change(
                networkId,
                AuditAction.OFFER_DRAFT_SAVED,
                "Offer",
                offerId,
                "Draft saved: " + checked.dutchName(),
                before,
                checked);
    }

    public void submit(UUID networkId, UUID offerId) {
        OfferRecord offer = lock(networkId, offerId);
        NestwerkUser user = permissions.requireWriter(networkId, offer.organisationId());
        OfferVersion draft = working(offer)
                .filter(version -> version.state() == VersionState.DRAFT || version.state() == VersionState.REJECTED)
                .orElseThrow(() -> new BusinessRuleException("offer.error.nothingToSubmit"));
        store.submitted(draft.id(), user.id(), clock.instant());
        audit.change(
                networkId,
                AuditAction.OFFER_SUBMITTED,
                "Offer",
                offerId,
                "Submitted for review: version " + draft.number(),
                null,
                null);
    }

    /** Publishes the version in review; the previously published version is superseded. */
    public void publish(UUID networkId, UUID offerId) {
        NestwerkUser reviewer = permissions.requireReviewer(networkId);
        OfferRecord offer = lock(networkId, offerId);
        OfferVersion candidate = inReview(offer);
        Instant now = clock.instant();
        published(offer).ifPresent(previous -> store.superseded(previous.id()));
        store.reviewed(candidate.id(), VersionState.PUBLISHED, reviewer.id(), now, null);
        store.pointTo(offerId, candidate.id(), null);
        store.markReviewed(offerId, today());
        projection.project(offer, candidate, organisationName(offer));
        audit.change(
                networkId,
                AuditAction.OFFER_PUBLISHED,
                "Offer",
                offerId,
                "Published version " + candidate.number() + ": "
                        + candidate.content().dutchName(),
                null,
                null);
    }

    public void reject(UUID networkId, UUID offerId, String reason) {
        NestwerkUser reviewer = permissions.requireReviewer(networkId);
        if (reason.isBlank()) {
            throw new BusinessRuleException("offer.error.reasonRequired");
        }
        OfferRecord offer = lock(networkId, offerId);
        OfferVersion candidate = inReview(offer);
        store.reviewed(candidate.id(), VersionState.REJECTED, reviewer.id(), clock.instant(), reason.strip());
        audit.change(
                networkId,
                AuditAction.OFFER_REJECTED,
                "Offer",
                offerId,
                "Rejected version " + candidate.number() + ": " + reason.strip(),
                null,
                null);
    }

    /** The owner or a coordinator confirms that the published offer is still correct (resets the 12-month flag). */
    public void confirmStillCorrect(UUID networkId, UUID offerId) {
        OfferRecord offer = lock(networkId, offerId);
        permissions.requireWriter(networkId, offer.organisationId());
        if (!offer.isPublished()) {
            throw new BusinessRuleException("offer.error.notPublished");
        }
        store.markReviewed(offerId, today());
        audit.change(
                networkId, AuditAction.OFFER_REVIEW_CONFIRMED, "Offer", offerId, "Confirmed still correct", null, null);
    }

    /** The offer with its published and working versions, for someone who may see its drafts. */
    @Transactional(readOnly = true)
    public OfferDetail detail(UUID networkId, UUID offerId) {
        OfferRecord offer = store.find(networkId, offerId).orElseThrow(() -> new NotFoundException("offer"));
        permissions.requireWriter(networkId, offer.organisationId());
        return new OfferDetail(
                offer,
                organisationName(offer),
                published(offer).orElse(null),
                working(offer).orElse(null),
                permissions.canReview(networkId));
    }

    /** Every version of the offer, newest first. */
    @Transactional(readOnly = true)
    public List<OfferVersion> history(UUID networkId, UUID offerId) {
        OfferRecord offer = store.find(networkId, offerId).orElseThrow(() -> new NotFoundException("offer"));
        permissions.requireWriter(networkId, offer.organisationId());
        return store.versions(offerId);
    }

    @Transactional(readOnly = true)
    public Optional<OfferRecord> findByHsdsId(UUID networkId, String hsdsId) {
        return store.findByHsdsId(networkId, hsdsId);
    }

    /** The problems of this content, places resolved first; empty when it may be saved. */
    @Transactional(readOnly = true)
    public List<ContentProblem> problems(OfferContent content) {
        List<ContentProblem> problems = new ArrayList<>();
        resolvePlaces(content, problems);
        problems.addAll(OfferContentRules.check(content, taxonomy.ids()));
        return problems;
    }

    /** Fills in each place's municipality, locality and coordinates from its postcode where they are missing. */
    OfferContent checked(OfferContent content) {
        List<ContentProblem> problems = new ArrayList<>();
        OfferContent resolved = resolvePlaces(content, problems);
        problems.addAll(OfferContentRules.check(resolved, taxonomy.ids()));
        if (!problems.isEmpty()) {
            throw new InvalidOfferException(problems);
        }
        return resolved;
    }

    private OfferContent resolvePlaces(OfferContent content, List<ContentProblem> problems) {
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < content.places().size(); i++) {
            Place place = content.places().get(i);
            Optional<PostcodeLocation> location = place.postcode().matches("[1-9][0-9]{3}")
                    ? territory.locatePostcode(place.postcode())
                    : Optional.empty();
            if (location.isEmpty()) {
                if (place.postcode().matches("[1-9][0-9]{3}")) {
                    problems.add(ContentProblem.of(
                            "places[" + i + "].postcode", "offer.problem.postcode.unknown", place.postcode()));
                }
                places.add(place);
                continue;
            }
            PostcodeLocation at = location.get();
            boolean located = place.latitude() != null && place.longitude() != null;
            places.add(new Place(
                    place.id(),
                    place.name(),
                    place.street(),
                    place.postcode(),
                    place.locality() == null || place.locality().isBlank() ? at.locality() : place.locality(),
                    at.nisCode(),
                    place.sectorCode(),
                    located ? place.latitude() : at.latitude(),
                    located ? place.longitude() : at.longitude(),
                    place.wheelchairAccessible(),
                    place.confidential()));
        }
        return content.toBuilder().places(places).build();
    }

    private OfferVersion newVersion(OfferRecord offer, int number, OfferContent content, NestwerkUser by, Instant at) {
        OfferVersion version = new OfferVersion(
                UUID.randomUUID(),
                offer.id(),
                offer.networkId(),
                number,
                VersionState.DRAFT,
                content,
                by.id(),
                at,
                null,
                null,
                null,
                null,
                null);
        store.insertVersion(version);
        return version;
    }

    private OfferRecord lock(UUID networkId, UUID offerId) {
        return store.lock(networkId, offerId).orElseThrow(() -> new NotFoundException("offer"));
    }

    private OfferVersion inReview(OfferRecord offer) {
        return working(offer)
                .filter(version -> version.state() == VersionState.IN_REVIEW)
                .orElseThrow(() -> new BusinessRuleException("offer.error.notInReview"));
    }

    private Optional<OfferVersion> working(OfferRecord offer) {
        return offer.workingVersionId() == null ? Optional.empty() : store.version(offer.workingVersionId());
    }

    private Optional<OfferVersion> published(OfferRecord offer) {
        return offer.publishedVersionId() == null ? Optional.empty() : store.version(offer.publishedVersionId());
    }

    private void requireOrganisationOf(UUID networkId, UUID organisationId) {
        if (directory.findOrganisations(List.of(organisationId)).stream()
                .noneMatch(organisation -> organisation.networkId().equals(networkId))) {
            throw new NotFoundException("organisation");
        }
    }

    private String organisationName(OfferRecord offer) {
        return directory.findOrganisations(List.of(offer.organisationId())).stream()
                .map(OrganisationRef::name)
                .findFirst()
                .orElse("");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM));
    }
}
