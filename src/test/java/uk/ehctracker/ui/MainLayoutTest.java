package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;

/** The frame around every signed-in page: a way past the menu, and who is signed in, in their own role's words. */
class MainLayoutTest extends KaribuTest {

    @Test
    void aKeyboardCanSkipToThePage_andAProfessionalIsNamedByTheirDiscipline() {
        signIn("professional");
        navigate("professional");
        MainLayout layout = _get(MainLayout.class);
        Anchor skip = _get(Anchor.class, s -> s.withText("Skip to main content"));
        assertThat(skip.getHref()).isEqualTo("#main-content");
        assertThat(UI.getCurrent().getCurrentView().getElement().getAttribute("id")).isEqualTo("main-content");
        assertThat(textOf(layout)).contains("(Educational psychologist)").doesNotContain("(Professional)");
    }
}
