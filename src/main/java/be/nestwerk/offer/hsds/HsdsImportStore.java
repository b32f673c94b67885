package be.nestwerk.offer.hsds;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The uploaded HSDS datasets and their import reports, in table offer_hsds_import. */
@Repository
class HsdsImportStore {

    enum State {
        UPLOADED,
        IMPORTING,
        IMPORTED
    }

    /** An upload: the document until it is imported, the report after. */
    record Upload(
            UUID id,
            UUID networkId,
            UUID createdBy,
            Instant createdAt,
            String fileName,
            String textLanguage,
            State state,
            @Nullable String document,
            @Nullable HsdsImportReport report) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;

    HsdsImportStore(JdbcClient jdbc, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
    }

    @Transactional
    void insert(Upload upload, Instant expiresAt) {
        jdbc.sql("delete from offer_hsds_import where expires_at < ?")
                .param(Timestamp.from(upload.createdAt()))
                .update();
        jdbc.sql("insert into offer_hsds_import (id, network_id, created_by, created_at, expires_at, file_name,"
                        + " text_language, state, document) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        upload.id(),
                        upload.networkId(),
                        upload.createdBy(),
                        Timestamp.from(upload.createdAt()),
                        Timestamp.from(expiresAt),
                        upload.fileName(),
                        upload.textLanguage(),
                        upload.state().name(),
                        upload.document())
                .update();
    }

    /** The person's own upload in the network, unless it has expired. */
    Optional<Upload> find(UUID networkId, UUID id, UUID createdBy, Instant now) {
        return jdbc.sql("select id, network_id, created_by, created_at, file_name, text_language, state, document,"
                        + " report::text as report from offer_hsds_import"
                        + " where id = ? and network_id = ? and created_by = ? and expires_at >= ?")
                .params(id, networkId, createdBy, Timestamp.from(now))
                .query(this::upload)
                .optional();
    }

    /** Takes the upload for importing; false when it is already being imported (or was), e.g. a second click. */
    @Transactional
    boolean claim(UUID id) {
        return jdbc.sql("update offer_hsds_import set state = 'IMPORTING' where id = ? and state = 'UPLOADED'")
                        .param(id)
                        .update()
                == 1;
    }

    /** Keeps the report (the document is no longer needed) and audits the import. */
    @Transactional
    void finish(UUID networkId, UUID id, String fileName, HsdsImportReport report, Instant expiresAt) {
        jdbc.sql("update offer_hsds_import set state = 'IMPORTED', document = null, report = ?::jsonb,"
                        + " expires_at = ? where id = ?")
                .params(json.writeValueAsString(report), Timestamp.from(expiresAt), id)
                .update();
        audit.change(
                networkId,
                AuditAction.OFFER_IMPORTED,
                "HsdsImport",
                id,
                "HSDS import of " + fileName + ": " + report.count(HsdsImportReport.Outcome.CREATED) + " created, "
                        + report.count(HsdsImportReport.Outcome.UPDATED) + " updated, "
                        + report.count(HsdsImportReport.Outcome.REJECTED) + " rejected",
                null,
                null);
    }

    private Upload upload(ResultSet rs, int row) throws SQLException {
        String report = rs.getString("report");
        return new Upload(
                rs.getObject("id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("file_name"),
                rs.getString("text_language"),
                State.valueOf(rs.getString("state")),
                rs.getString("document"),
                report == null ? null : json.readValue(report, HsdsImportReport.class));
    }
}
