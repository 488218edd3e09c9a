package archfixture.alpha;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CurrentUser;
import archfixture.beta.BetaThing;
import uk.ehctracker.audit.AuditSubject;
import uk.ehctracker.audit.Audited;

/** Breaks the rules on purpose: names Camunda, depends on beta (which depends back), and has an unaudited command. */
@Service
public class AlphaService {

    RuntimeService engine;
    BetaThing beta;

    public void change(long id, CurrentUser by) {
    }

    @Transactional(readOnly = true)
    public String read(long id, CurrentUser by) {
        return "";
    }

    @Audited("Changed")
    public AuditSubject audited(long id, CurrentUser by) {
        return null;
    }
}
