package be.nestwerk.offer;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.web.BusinessRuleException;
import be.nestwerk.platform.web.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places left of one dated session of a published activity. This is operational data, kept up to date by the
 * owner's staff or a coordinator as people register: it changes without a new version or review, and is audited.
 */
@Service
@Transactional
class SessionPlaces {

    private final OfferStore store;
    private final OfferPermissions permissions;
    private final PublishedOffers published;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    SessionPlaces(
            OfferStore store,
            OfferPermissions permissions,
            PublishedOffers published,
            JdbcClient jdbc,
            AuditLog audit) {
        this.store = store;
        this.permissions = permissions;
        this.published = published;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The published sessions of the offer that start in [from, to), for someone who may write the offer. */
    @Transactional(readOnly = true)
    List<SessionView> upcoming(UUID networkId, UUID offerId, Instant from, Instant to) {
        OfferRecord offer = store.find(networkId, offerId).orElseThrow(() -> new NotFoundException("offer"));
        permissions.requireWriter(networkId, offer.organisationId());
        return published.sessions(offerId, from, to);
    }

    /**
     * Sets the places left, from 0 to the session's capacity (or any number when it has none). Unknown sessions,
     * and sessions of another offer or network, are not found.
     */
    void update(UUID networkId, UUID offerId, UUID sessionId, @Nullable Integer placesLeft) {
        OfferRecord offer = store.find(networkId, offerId).orElseThrow(() -> new NotFoundException("offer"));
        permissions.requireWriter(networkId, offer.organisationId());
        SessionView session = jdbc.sql("select id, offer_id, series_id, location_id, starts_at, ends_at, capacity,"
                        + " places_left from activity_session where id = ? and offer_id = ? and network_id = ?"
                        + " for update")
                .params(sessionId, offerId, networkId)
                .query(PublishedOffers::session)
                .optional()
                .orElseThrow(() -> new NotFoundException("session"));
        int most = session.capacity() == null ? OfferFormReader.MAX_NUMBER : session.capacity();
        if (placesLeft == null || placesLeft < 0 || placesLeft > most) {
            throw new BusinessRuleException("offer.editor.places.range", most);
        }
        jdbc.sql("update activity_session set places_left = ? where id = ?")
                .params(placesLeft, sessionId)
                .update();
        audit.change(
                networkId,
                AuditAction.OFFER_PLACES_UPDATED,
                "Offer",
                offerId,
                "Places left on " + session.startsAt() + ": " + placesLeft,
                Map.of("session", sessionId, "placesLeft", String.valueOf(session.placesLeft())),
                Map.of("session", sessionId, "placesLeft", placesLeft));
    }
}
