package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.List;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.letters.Letter;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.casework.CasePages.LetterRow;
import uk.ehctracker.ui.common.Dates;

/**
 * A case's letters: each opens in a dialog (the letter's own HTML, in a sandboxed frame) or
 * downloads as PDF. The PDF is read only when the link is followed (a lazy StreamResource), so
 * the page never waits for it.
 */
public class LettersPanel extends Div {

    public LettersPanel(String heading, long caseId, List<LetterRow> letters, CasePages views, CurrentUser user) {
        this(heading, 2, caseId, letters, views, user);
    }

    public LettersPanel(String heading, int level, long caseId, List<LetterRow> letters, CasePages views, CurrentUser user) {
        addClassName("panel");
        addClassName("letters");
        add(level == 2 ? new H2(heading) : new H3(heading));
        if (letters.isEmpty()) {
            add(new Paragraph("There are no letters yet."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (LetterRow letter : letters) {
            Span title = new Span(letter.subject() + " (" + Dates.full(letter.issuedOn()) + ", to " + letter.recipientName() + ")");
            Button read = new Button("Read", e -> open(caseId, letter, views, user));
            read.addThemeVariants(ButtonVariant.LUMO_SMALL);
            read.getElement().setAttribute("aria-label", "Read the letter: " + letter.subject() + ", " + Dates.full(letter.issuedOn()));
            StreamResource pdf = new StreamResource(fileName(letter),
                    () -> new ByteArrayInputStream(views.letterPdf(caseId, letter.id(), user)));
            pdf.setContentType("application/pdf");
            Anchor download = new Anchor(pdf, "Download PDF");
            download.getElement().setAttribute("download", true);
            download.getElement().setAttribute("aria-label", "Download PDF: " + letter.subject() + ", " + Dates.full(letter.issuedOn()));
            HorizontalLayout row = new HorizontalLayout(title, read, download);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            row.getStyle().set("flex-wrap", "wrap");
            ListItem item = new ListItem(row);
            item.addClassName("letter");
            list.add(item);
        }
        add(list);
    }

    private static String fileName(LetterRow letter) {
        return "EHC-letter-" + letter.id() + ".pdf";
    }

    private static void open(long caseId, LetterRow row, CasePages views, CurrentUser user) {
        Letter letter = views.letter(caseId, row.id(), user);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(letter.getSubject());
        dialog.setWidth("min(56rem, 95vw)");
        IFrame frame = new IFrame();
        frame.setSrcdoc(letter.getHtml());
        frame.getElement().setAttribute("title", "Letter: " + letter.getSubject());
        frame.getElement().setAttribute("sandbox", "");
        frame.addClassName("letter");
        dialog.add(frame);
        Button close = new Button("Close", e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }
}
