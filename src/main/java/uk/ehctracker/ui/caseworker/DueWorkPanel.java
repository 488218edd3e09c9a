package uk.ehctracker.ui.caseworker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.casework.WorkList;
import uk.ehctracker.casework.WorkList.DueItem;
import uk.ehctracker.casework.WorkList.Key;
import uk.ehctracker.common.CappedCount;
import uk.ehctracker.ui.common.Badge;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Sentences;
import uk.ehctracker.ui.common.UserText;

/**
 * "Due next" on My work: the LA's assessment cases and annual reviews in one list, nearest
 * statutory date first, 50 at a time (issue 19). Pages follow each other by key, so the buttons
 * move a page on or back; the total is counted up to 1,000 and past that says "more than".
 */
class DueWorkPanel extends VerticalLayout {

    static final int PAGE = 50;

    final Grid<DueItem> grid = new Grid<>(DueItem.class, false);
    final Span total = new Span();
    final Span showing = new Span();
    final Button previous = new Button("Previous 50");
    final Button next = new Button("Next 50");

    private final WorkList work;
    private final CurrentUser user;
    private final LocalDate today;
    /** The key each page shown so far started after (null: the first page); the last is the page shown. */
    private final Deque<Key> starts = new ArrayDeque<>();
    private Key nextStart;
    private int firstRow;

    DueWorkPanel(WorkList work, CurrentUser user, LocalDate today) {
        this.work = work;
        this.user = user;
        this.today = today;
        setPadding(false);
        add(new H2("Due next: cases and reviews"), new Paragraph("What the council must do next on each open request for an "
                + "assessment and each annual review whose window has opened, nearest statutory date first. Cases with no "
                + "statutory date to meet now are in the case list below."));
        grid.addColumn(new ComponentRenderer<>(this::due)).setHeader("Due").setKey("due").setFlexGrow(2);
        grid.addColumn(i -> i.key().kind() == WorkList.Kind.CASE ? "Assessment request" : "Annual review").setHeader("Kind")
                .setKey("kind").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(i -> new Anchor("cases/" + i.caseId(), UserText.isolate(i.childName()) + " (" + i.reference() + ")")))
                .setHeader("Child").setKey("child").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("32rem");
        grid.setId("due-work");
        grid.setEmptyStateText("Nothing is due");
        grid.getElement().setAttribute("aria-label", "Due next: cases and reviews");
        total.setId("due-total");
        showing.setId("due-showing");
        // the page's position is read out when it changes
        showing.getElement().setAttribute("aria-live", "polite");
        previous.setId("due-previous");
        next.setId("due-next");
        previous.addClickListener(e -> {
            starts.pop();
            firstRow -= PAGE;
            show(starts.peek());
        });
        next.addClickListener(e -> {
            starts.push(nextStart);
            firstRow += PAGE;
            show(nextStart);
        });
        add(total, grid, new HorizontalLayout(previous, next, showing));
        refresh();
    }

    /** The list from its first page, with its total. */
    void refresh() {
        CappedCount count = work.count(user, CappedCount.LISTS);
        total.setText(Sentences.capitalised(count.words("item is due", "items are due")) + ".");
        starts.clear();
        starts.push(FIRST);
        firstRow = 0;
        show(null);
    }

    /** Marks the first page in {@link #starts}, which holds no nulls. */
    private static final Key FIRST = new Key(LocalDate.MIN, WorkList.Kind.CASE, Long.MIN_VALUE);

    private void show(Key after) {
        WorkList.Page page = work.page(user, after == FIRST ? null : after, PAGE);
        grid.setItems(page.items());
        nextStart = page.next();
        next.setEnabled(nextStart != null);
        previous.setEnabled(firstRow > 0);
        showing.setText(page.items().isEmpty() ? "" : String.format("Showing items %,d to %,d.", firstRow + 1, firstRow + page.items().size()));
    }

    private Component due(DueItem i) {
        return new Span(new Span(Dates.staffDue(i.what(), i.dueOn(), today, i.status()) + " "), Badge.of(i.status()));
    }
}
