package uk.ehctracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import uk.ehctracker.ui.common.UnexpectedError;

/** A failure no screen foresaw is said in words, with a reference for the administrator, never the exception's text. */
class UnexpectedErrorTest extends KaribuTest {

    @Test
    void aFaultInAScreenShowsAPlainMessageWithAReference_notTheException() {
        signIn("caseworker");
        navigate("caseworker");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("SQL state 23505 on letter_pkey")));

        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(UnexpectedError.class);
        var shown = NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
        assertThat(shown).singleElement().satisfies(text -> {
            assertThat(text).startsWith("Something went wrong on our side. Please reload the page to see what was saved")
                    .matches(".*this reference: [0-9A-F]{8}\\.$")
                    .doesNotContain("SQL").doesNotContain("IllegalState");
        });
        NotificationsKt.getNotifications().forEach(Notification::close);
    }
}
