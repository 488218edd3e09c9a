package uk.ehctracker.ui.common;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.ehctracker.common.CappedCount;

/**
 * A list on screen loaded page by page whose total is counted only up to a cap (issue 19): up to
 * the cap the grid knows its size; past it the grid loads further pages as they are scrolled to,
 * and the total reads "More than 1,000 ...".
 */
public final class CappedLists {

    /** A page of rows: from {@code offset}, at most {@code limit}. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> rows(int offset, int limit);
    }

    private CappedLists() {
    }

    public static <T> void show(Grid<T> grid, Span total, CappedCount count, String one, String many, Page<T> page) {
        if (count.more()) {
            grid.setItems(q -> page.rows(q.getOffset(), q.getLimit()).stream());
            grid.getLazyDataView().setItemCountEstimate((int) count.value() + 1);
        } else {
            grid.setItems(q -> page.rows(q.getOffset(), q.getLimit()).stream(), q -> (int) count.value());
        }
        total.setText(Sentences.capitalised(count.words(one, many)) + ".");
    }
}
