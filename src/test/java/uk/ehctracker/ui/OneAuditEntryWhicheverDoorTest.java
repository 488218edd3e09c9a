package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.testing.Http;

/**
 * The same command, withdrawing a request, made on the case page (Karibu) and through the API:
 * each leaves exactly one entry on the case's audit trail, in the caseworker's name. Before the
 * application layer wrote the entries, the screen left none.
 */
class OneAuditEntryWhicheverDoorTest extends KaribuTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void withdrawingOnTheCasePage_writesOneEntry() {
        AssessmentCase c = cases().requested();
        signIn("caseworker");
        navigate("cases/" + c.getId());
        _click(_get(Button.class, s -> s.withId("withdraw")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextArea.class), "The family moved away.");
        _click(_get(dialog, Button.class, s -> s.withId("confirm-withdraw")));

        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.WITHDRAWN);
        assertThat(changes(c)).containsExactly("caseworker UPDATE Request withdrawn (case " + c.getId() + ")");
    }

    @Test
    void withdrawingThroughTheApi_writesOneEntry() {
        AssessmentCase c = cases().requested();
        var answer = new Http(port).postJson("/api/assessment-requests/" + c.getId() + "/withdraw",
                "{\"reason\":\"The family moved away.\"}", "caseworker", "caseworker");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(changes(c)).containsExactly("caseworker UPDATE Request withdrawn (case " + c.getId() + ")");
    }

    /** The case's entries other than reads and the request's own creation, as "who action detail". */
    private List<String> changes(AssessmentCase c) {
        return jdbc.queryForList("SELECT username || ' ' || action || ' ' || detail FROM audit_entry"
                + " WHERE case_id = ? AND action NOT IN ('READ', 'CREATE') ORDER BY id", String.class, c.getId());
    }
}
