package uk.ehctracker.ui.manager;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.existingplans.ExistingPlanImport;
import uk.ehctracker.existingplans.ExistingPlans;
import uk.ehctracker.ui.common.Feedback;

/**
 * The LA's existing plans from a CSV file (docs/law.md s9), for its managers: the columns the file
 * needs, the upload, the rows done as they go (a large caseload takes minutes: the import runs
 * beside the page, which polls for its progress) and the report of the rows refused, by row and column.
 */
@Route("manager/import-plans")
@PageTitle("Import existing plans | EHC needs assessment tracker")
@RolesAllowed("LA_MANAGER")
public class ImportPlansView extends VerticalLayout {

    /** 20,600 rows (Kent's plans) are about 2 MB; a generous ceiling. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int POLL_MS = 1000;

    private final ExistingPlanImport importer;
    private final CurrentUser user;
    private final long laId;
    private final Upload upload;
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Feedback feedback = new Feedback();
    private final Div report = new Div();

    public ImportPlansView(ExistingPlanImport importer, ExistingPlans plans, CurrentUsers users) {
        this.importer = importer;
        this.user = users.require();
        this.laId = user.laId() == null ? -1 : user.laId();
        String la = plans.localAuthorityToImportInto(laId, user).getName();
        addClassName("page");
        add(new H1("Import " + la + "'s existing EHC plans"),
                new Paragraph("Bring in the plans the council made before it used the tracker, from a CSV file (for example, saved "
                        + "from a spreadsheet). Each plan's next annual review starts at once: due 12 months from the last review, "
                        + "or from the plan's date if it has not been reviewed (6 months for a child under 5). A review already "
                        + "overdue is listed as overdue on the caseworkers' reviews page; it is not escalated to you, as the date "
                        + "was missed before the tracker held the plan."),
                new Paragraph("Rows with a mistake are not imported and are listed with the reason; the others are. Importing the "
                        + "same file again adds nothing: a child's plan is recorded once."),
                new H2("The columns"), columns(),
                new H2("Upload the file"));
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> start(bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.addFileRejectedListener(e -> feedback.say("The file was not imported. " + e.getErrorMessage()));
        upload.getElement().setAttribute("aria-label", "Upload the CSV file of existing plans");
        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", "Rows imported so far");
        status.getElement().setAttribute("aria-live", "polite");
        report.setId("import-report");
        add(upload, feedback, bar, status, report);
    }

    private static UnorderedList columns() {
        UnorderedList list = new UnorderedList();
        for (String[] c : new String[][] {
                {"first_name, last_name", "the child's or young person's name"},
                {"date_of_birth", "as 31/03/2015 or 2015-03-31"},
                {"upn_or_local_id", "the UPN, or the council's own id for the child: each child once"},
                {"school_urn", "the URN of the school or setting the plan names, one of the council's"},
                {"plan_date", "the date of the plan"},
                {"last_review_date", "the day the plan was last reviewed; leave it empty if it has not been"},
                {"primary_need", "the SEN2 code: " + String.join(", ", ExistingPlans.needCodes())},
                {"family_email", "optional: the family's e-mail, to invite them later"}}) {
            list.add(new ListItem(c[0] + ": " + c[1]));
        }
        return list;
    }

    /** The import runs beside the page, which polls for its progress until the report is shown. */
    private void start(byte[] bytes) {
        UI ui = UI.getCurrent();
        feedback.clear();
        report.removeAll();
        upload.clearFileList();
        upload.setVisible(false);
        bar.setValue(0);
        bar.setVisible(true);
        status.setText("Reading the file.");
        ui.setPollInterval(POLL_MS);
        long rows = bytes.length == 0 ? 1 : new String(bytes, StandardCharsets.UTF_8).lines().count() - 1;
        AtomicLong lastShown = new AtomicLong();
        Thread worker = new Thread(() -> {
            try (Reader csv = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
                ExistingPlanImport.Report done = importer.importCsv(laId, csv, user, n -> {
                    long now = System.nanoTime();
                    if (now - lastShown.get() > 500_000_000L) {
                        lastShown.set(now);
                        ui.access(() -> progress(n, Math.max(rows, n)));
                    }
                });
                ui.access(() -> finished(done));
            } catch (BadInputException e) {
                ui.access(() -> failed(e));
            } catch (Exception e) {
                ui.access(() -> failed(BadInputException.of("file", "The file could not be imported: " + e.getMessage())));
            }
        }, "existing-plans-import");
        worker.setDaemon(true);
        worker.start();
    }

    private void progress(int done, long rows) {
        bar.setValue(Math.min(1.0, (double) done / rows));
        status.setText(String.format("%,d of about %,d rows done.", done, rows));
    }

    private void finished(ExistingPlanImport.Report done) {
        stopped();
        status.setText("");
        report.add(new H2("Report"), new Paragraph(String.format("%,d %s of %,d imported; %,d %s refused.", done.imported(),
                done.imported() == 1 ? "plan" : "plans", done.rows(), done.refusedRows(), done.refusedRows() == 1 ? "row" : "rows")));
        if (!done.refusals().isEmpty()) {
            NativeTable table = new NativeTable();
            table.setId("refused-rows");
            NativeTableHeader head = new NativeTableHeader();
            head.add(new NativeTableRow(new NativeTableHeaderCell("Row"), new NativeTableHeaderCell("Column"),
                    new NativeTableHeaderCell("Why it was not imported")));
            NativeTableBody body = new NativeTableBody();
            for (ExistingPlanImport.Refusal r : done.refusals()) {
                body.add(new NativeTableRow(new NativeTableCell(Long.toString(r.row())), new NativeTableCell(r.field()),
                        new NativeTableCell(r.reason())));
            }
            table.add(head, body);
            report.add(new Paragraph("Correct these rows in the file and import it again: the plans already imported are not added twice."),
                    table);
        }
    }

    private void failed(BadInputException e) {
        stopped();
        status.setText("");
        feedback.problems(e.problems());
    }

    private void stopped() {
        bar.setVisible(false);
        upload.setVisible(true);
        UI.getCurrent().setPollInterval(-1);
    }
}
