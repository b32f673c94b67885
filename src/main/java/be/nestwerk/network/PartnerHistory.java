package be.nestwerk.network;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.tenancy.NetworkAccess;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of a partner, read from the audit log: the before and after snapshots that {@link
 * PartnerAdministration} wrote, compared field by field.
 */
@Service
class PartnerHistory {

    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The order of the forms; the audit log's JSON keeps its own order. */
    private static final List<String> FIELDS = Stream.concat(
                    Arrays.stream(OrganisationDetails.class.getRecordComponents()),
                    Arrays.stream(PartnershipTerms.class.getRecordComponents()))
            .map(RecordComponent::getName)
            .toList();

    private static final String WHERE = " from audit_event where network_id = :network"
            + " and ((entity_type = :organisationType and entity_id = :organisation)"
            + " or (entity_type = :partnershipType and entity_id = :partnership))";

    private record Event(
            Instant at,
            @Nullable UUID actorId,
            @Nullable String actorName,
            AuditAction action,
            @Nullable String before,
            @Nullable String after) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Accounts accounts;
    private final MessageSource messages;
    private final NetworkAccess access;

    PartnerHistory(JdbcClient jdbc, JsonMapper json, Accounts accounts, MessageSource messages, NetworkAccess access) {
        this.jdbc = jdbc;
        this.json = json;
        this.accounts = accounts;
        this.messages = messages;
        this.access = access;
    }

    @Transactional(readOnly = true)
    Page<PartnerHistoryEntry> of(UUID networkId, PartnerDetail partner, Pageable pageable) {
        access.requireMember(networkId);
        String partnershipId = Objects.toString(partner.partnershipId(), "");
        long total = jdbc.sql("select count(*)" + WHERE)
                .params(parameters(networkId, partner.organisationId().toString(), partnershipId))
                .query(Long.class)
                .single();
        List<Event> events = jdbc.sql("select occurred_at, actor_id, actor_name, action, before_data::text as before,"
                        + " after_data::text as after" + WHERE
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(parameters(networkId, partner.organisationId().toString(), partnershipId))
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(PartnerHistory::event)
                .list();
        Map<UUID, AccountView> actors = accounts.byIds(
                events.stream().map(Event::actorId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Locale locale = LocaleContextHolder.getLocale();
        List<PartnerHistoryEntry> entries = events.stream()
                .map(event -> new PartnerHistoryEntry(
                        event.at().atZone(BELGIUM),
                        event.actorId() != null && actors.containsKey(event.actorId())
                                ? actors.get(event.actorId()).displayName()
                                : event.actorName(),
                        event.action(),
                        changes(read(event.before()), read(event.after()), locale)))
                .toList();
        return new PageImpl<>(entries, pageable, total);
    }

    private static Map<String, Object> parameters(UUID networkId, String organisationId, String partnershipId) {
        return Map.of(
                "network", networkId,
                "organisationType", PartnerAdministration.ORGANISATION,
                "organisation", organisationId,
                "partnershipType", PartnerAdministration.PARTNERSHIP,
                "partnership", partnershipId);
    }

    private List<PartnerHistoryEntry.FieldChange> changes(
            Map<String, Object> before, Map<String, Object> after, Locale locale) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<PartnerHistoryEntry.FieldChange> changes = new ArrayList<>();
        for (String field : fields.stream()
                .sorted(Comparator.comparingInt(PartnerHistory::position))
                .toList()) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new PartnerHistoryEntry.FieldChange(
                        "partner.field." + field, display(field, old, locale), display(field, now, locale)));
            }
        }
        return changes;
    }

    private @Nullable String display(String field, @Nullable Object value, Locale locale) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty()
                    ? null
                    : values.stream().map(v -> display(field, v, locale)).collect(Collectors.joining("; "));
        }
        String text = value.toString();
        if (field.equals("reviewDate")) {
            return formatDate(text);
        }
        String prefix = switch (field) {
            case "actorType" -> "partner.actor-type.";
            case "involvement" -> "partner.involvement.";
            case "essentialFunctions" -> "partner.essential-function.";
            default -> null;
        };
        return prefix == null ? text : messages.getMessage(prefix + text, null, text, locale);
    }

    private static int position(String field) {
        int position = FIELDS.indexOf(field);
        return position < 0 ? FIELDS.size() : position;
    }

    private static String formatDate(String isoDate) {
        try {
            return LocalDate.parse(isoDate).format(DATE);
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(@Nullable String snapshot) {
        return snapshot == null ? Map.of() : json.readValue(snapshot, Map.class);
    }

    private static Event event(ResultSet rs, int rowNum) throws SQLException {
        return new Event(
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("before"),
                rs.getString("after"));
    }
}
