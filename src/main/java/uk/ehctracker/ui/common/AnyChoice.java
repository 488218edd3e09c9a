package uk.ehctracker.ui.common;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Function;

/** A list's filter: a select of {@code items} whose empty choice ("Any stage") filters nothing. */
public final class AnyChoice {

    private AnyChoice() {
    }

    public static <T> void configure(Select<T> select, String label, List<T> items, Function<T, String> name, String any) {
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(item -> item == null ? any : name.apply(item));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
    }
}
