package uk.ehctracker.existingplans;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.FieldProblem;

/**
 * An LA's existing plans from a CSV file, row by row (docs/law.md s9): each row is checked and, if
 * right, recorded by {@link ExistingPlans#record} in its own transaction with its own audit entry,
 * so a refused row leaves nothing written and a good row is kept whatever the rows after it hold.
 * Not a command itself (no transaction, no audit entry of its own): it reads the file and reports.
 * Re-running a file adds nothing: each child's plan is recorded once per LA (their UPN or local id).
 */
@Component
public class ExistingPlanImport {

    /** The file's columns, in the order a template gives them; the header names them, in any order and case. */
    public static final List<String> COLUMNS = List.of("first_name", "last_name", "date_of_birth", "upn_or_local_id", "school_urn",
            "plan_date", "last_review_date", "primary_need", "family_email");
    private static final List<String> OPTIONAL = List.of("last_review_date", "family_email");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** A row not imported: its number as a spreadsheet shows it (the header is row 1), the column, and why. */
    public record Refusal(long row, String field, String reason) {
    }

    /** What an import did: rows read, plans recorded, and every reason a row was refused. */
    public record Report(int rows, int imported, List<Refusal> refusals) {

        public long refusedRows() {
            return refusals.stream().mapToLong(Refusal::row).distinct().count();
        }
    }

    private final ExistingPlans plans;

    ExistingPlanImport(ExistingPlans plans) {
        this.plans = plans;
    }

    /**
     * Imports the file into the LA; {@code progress} hears the number of rows done after each row.
     * A file that cannot be read as the template's CSV is refused whole (400 naming "file"); a
     * person who may not import into this LA is refused before any row is read.
     */
    public Report importCsv(long laId, Reader csv, CurrentUser by, IntConsumer progress) {
        plans.localAuthorityToImportInto(laId, by);
        List<CSVRecord> rows = read(csv);
        List<Refusal> refusals = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        int imported = 0;
        int done = 0;
        for (CSVRecord record : rows) {
            long row = record.getRecordNumber() + 1;
            List<FieldProblem> problems = new ArrayList<>();
            ExistingPlans.NewPlan plan = plan(record, problems);
            String sameChild = plan.reference() == null ? null : plan.reference().replace(" ", "").toUpperCase(Locale.UK);
            Long earlier = sameChild == null ? null : seen.putIfAbsent(sameChild, row);
            if (earlier != null) {
                problems.add(new FieldProblem("upn_or_local_id", "The same child is on row " + earlier + " of this file"));
            }
            if (problems.isEmpty()) {
                try {
                    plans.record(laId, plan, by);
                    imported++;
                } catch (BadInputException e) {
                    problems.addAll(e.problems());
                } catch (ConflictException e) {
                    problems.add(new FieldProblem("upn_or_local_id", e.getMessage()));
                } catch (DataIntegrityViolationException e) {
                    // uq_case_import_ref: the same child's plan recorded by another import at the same moment
                    problems.add(new FieldProblem("upn_or_local_id", "A plan for " + sameChild + " is already on the tracker"));
                }
            }
            problems.forEach(p -> refusals.add(new Refusal(row, p.field(), p.message())));
            progress.accept(++done);
        }
        return new Report(rows.size(), imported, List.copyOf(refusals));
    }

    private static List<CSVRecord> read(Reader csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(withoutByteOrderMark(csv)).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = COLUMNS.stream().filter(c -> !OPTIONAL.contains(c) && header.keySet().stream().noneMatch(c::equalsIgnoreCase))
                    .toList();
            if (!missing.isEmpty()) {
                throw BadInputException.of("file", "The file's first line must name the columns " + String.join(", ", COLUMNS)
                        + "; it has no " + String.join(", ", missing));
            }
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw BadInputException.of("file", "The file cannot be read as CSV (comma-separated values): " + e.getMessage());
        }
    }

    /** A spreadsheet's "CSV UTF-8" starts with a byte order mark, which is not part of the first column's name. */
    private static Reader withoutByteOrderMark(Reader csv) throws IOException {
        java.io.PushbackReader in = new java.io.PushbackReader(csv, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    private static ExistingPlans.NewPlan plan(CSVRecord r, List<FieldProblem> problems) {
        return new ExistingPlans.NewPlan(text(r, "first_name"), text(r, "last_name"), date(r, "date_of_birth", problems),
                text(r, "upn_or_local_id"), text(r, "school_urn"), date(r, "plan_date", problems), date(r, "last_review_date", problems),
                text(r, "primary_need"), text(r, "family_email"));
    }

    private static String text(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
    }

    /** A date as 2025-03-31 or 31/03/2025; blank is none. */
    private static LocalDate date(CSVRecord r, String column, List<FieldProblem> problems) {
        String text = text(r, column);
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return t.contains("/") ? LocalDate.parse(t, UK_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(column, "\"" + t + "\" is not a date: write it as 31/03/2025 or 2025-03-31"));
            return null;
        }
    }
}
