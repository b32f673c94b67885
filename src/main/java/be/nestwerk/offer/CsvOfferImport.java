package be.nestwerk.offer;

import be.nestwerk.offer.ImportReport.Outcome;
import be.nestwerk.offer.ImportReport.Problem;
import be.nestwerk.offer.ImportReport.RowResult;
import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an organisation's offers from a spreadsheet as drafts (and, on request, submits them for review). Every row
 * is checked with the catalogue's own rules first; "all or nothing" creates every draft in one transaction and none
 * when a row is rejected, "valid rows" creates each valid row in a transaction of its own. No row is ever half
 * imported, and the import is audited with its counts.
 */
@Service
class CsvOfferImport {

    private final OfferCatalogue catalogue;
    private final OfferPermissions permissions;
    private final NetworkDirectory directory;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    CsvOfferImport(
            OfferCatalogue catalogue,
            OfferPermissions permissions,
            NetworkDirectory directory,
            AuditLog audit,
            TransactionTemplate transactions) {
        this.catalogue = catalogue;
        this.permissions = permissions;
        this.directory = directory;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The organisations the current person may import offers for: all of the network's for a coordinator. */
    List<OrganisationRef> organisations(UUID networkId) {
        List<OrganisationRef> organisations = permissions.canReview(networkId)
                ? directory.organisationsOf(networkId)
                : directory.findOrganisations(permissions.writableOrganisations(networkId)).stream()
                        .filter(organisation -> organisation.networkId().equals(networkId))
                        .toList();
        return organisations.stream()
                .sorted(Comparator.comparing(OrganisationRef::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Refuses (403, audited) unless the current person writes the organisation's offers; 404 for an unknown one. */
    OrganisationRef requireMayImport(UUID networkId, UUID organisationId) {
        permissions.requireWriter(networkId, organisationId);
        return directory.findOrganisations(List.of(organisationId)).stream()
                .filter(found -> found.networkId().equals(networkId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("organisation"));
    }

    ImportReport importFile(UUID networkId, UUID organisationId, byte[] file, ImportMode mode, boolean submit) {
        OrganisationRef organisation = requireMayImport(networkId, organisationId);
        List<CsvOfferRow> rows =
                CsvOfferFile.read(file).stream().map(CsvOfferRow::read).toList();
        Map<CsvOfferRow, List<Problem>> problems = new LinkedHashMap<>();
        rows.forEach(row -> problems.put(row, check(row)));
        boolean anyRejected = problems.values().stream().anyMatch(list -> !list.isEmpty());
        List<RowResult> results = mode == ImportMode.ALL_OR_NOTHING
                ? allOrNothing(networkId, organisationId, problems, anyRejected, submit)
                : validRows(networkId, organisationId, problems, submit);
        ImportReport report = new ImportReport(organisation.name(), mode, submit, results);
        transactions.executeWithoutResult(status -> audit.change(
                networkId,
                AuditAction.OFFER_IMPORTED,
                "Organisation",
                organisationId,
                "CSV import (" + mode + "): " + report.imported() + " imported, " + report.rejected() + " rejected, "
                        + report.notImported() + " left out",
                null,
                Map.of(
                        "mode", mode.name(),
                        "rows", results.size(),
                        "imported", report.imported(),
                        "rejected", report.rejected(),
                        "notImported", report.notImported(),
                        "submitted", submit)));
        return report;
    }

    private List<Problem> check(CsvOfferRow row) {
        OfferContent content = row.offer();
        return content == null ? row.problems() : row.explain(catalogue.problems(content));
    }

    private List<RowResult> allOrNothing(
            UUID networkId,
            UUID organisationId,
            Map<CsvOfferRow, List<Problem>> problems,
            boolean anyRejected,
            boolean submit) {
        if (anyRejected) {
            return problems.entrySet().stream()
                    .map(entry -> entry.getValue().isEmpty()
                            ? result(entry.getKey(), Outcome.NOT_IMPORTED, null, List.of())
                            : result(entry.getKey(), Outcome.REJECTED, null, entry.getValue()))
                    .toList();
        }
        return Objects.requireNonNull(transactions.execute(status -> {
            List<RowResult> imported = new ArrayList<>();
            for (CsvOfferRow row : problems.keySet()) {
                try {
                    imported.add(create(networkId, organisationId, row, submit));
                } catch (InvalidOfferException invalid) {
                    // checked a moment ago; this only happens when the rules' reference data changed meanwhile
                    status.setRollbackOnly();
                    return problems.keySet().stream()
                            .map(other -> other == row
                                    ? result(other, Outcome.REJECTED, null, other.explain(invalid.problems()))
                                    : result(other, Outcome.NOT_IMPORTED, null, List.of()))
                            .toList();
                }
            }
            return imported;
        }));
    }

    private List<RowResult> validRows(
            UUID networkId, UUID organisationId, Map<CsvOfferRow, List<Problem>> problems, boolean submit) {
        List<RowResult> results = new ArrayList<>();
        problems.forEach((row, rowProblems) -> {
            if (!rowProblems.isEmpty()) {
                results.add(result(row, Outcome.REJECTED, null, rowProblems));
                return;
            }
            try {
                results.add(Objects.requireNonNull(
                        transactions.execute(status -> create(networkId, organisationId, row, submit))));
            } catch (InvalidOfferException invalid) {
                results.add(result(row, Outcome.REJECTED, null, row.explain(invalid.problems())));
            }
        });
        return results;
    }

    private RowResult create(UUID networkId, UUID organisationId, CsvOfferRow row, boolean submit) {
        UUID id = catalogue.create(networkId, organisationId, Objects.requireNonNull(row.offer()));
        if (submit) {
            catalogue.submit(networkId, id);
        }
        return result(row, Outcome.IMPORTED, id, List.of());
    }

    private static RowResult result(CsvOfferRow row, Outcome outcome, @Nullable UUID id, List<Problem> problems) {
        return new RowResult(row.number(), row.name(), outcome, id, problems);
    }
}
