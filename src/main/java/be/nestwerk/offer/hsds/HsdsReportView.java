package be.nestwerk.offer.hsds;

import be.nestwerk.offer.hsds.HsdsImportReport.Note;
import be.nestwerk.offer.hsds.HsdsImportReport.Outcome;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The report of an import, its remarks translated, for the report page. */
record HsdsReportView(long created, long updated, long rejected, long notImported, List<Line> lines) {

    /** One record: schema errors as path and message, problems and warnings as sentences. */
    record Line(
            String path,
            @Nullable String hsdsId,
            String name,
            Outcome outcome,
            @Nullable UUID offerId,
            List<String> schemaErrors,
            List<String> problems,
            List<String> warnings) {}

    static HsdsReportView of(HsdsImportReport report, MessageSource messages, Locale locale) {
        return new HsdsReportView(
                report.count(Outcome.CREATED),
                report.count(Outcome.UPDATED),
                report.count(Outcome.REJECTED),
                report.count(Outcome.NOT_IMPORTED),
                report.entries().stream()
                        .map(entry -> new Line(
                                entry.path(),
                                entry.hsdsId(),
                                entry.name(),
                                entry.outcome(),
                                entry.offerId(),
                                entry.schemaErrors().stream()
                                        .map(HsdsSchemas.Violation::toString)
                                        .toList(),
                                entry.problems().stream()
                                        .map(note -> text(note, messages, locale))
                                        .toList(),
                                entry.warnings().stream()
                                        .map(note -> text(note, messages, locale))
                                        .toList()))
                        .toList());
    }

    private static String text(Note note, MessageSource messages, Locale locale) {
        String message = messages.getMessage(note.key(), note.argumentArray(), note.key(), locale);
        return note.field() == null ? message : note.field() + ": " + message;
    }
}
