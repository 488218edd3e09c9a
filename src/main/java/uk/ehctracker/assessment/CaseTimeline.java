package uk.ehctracker.assessment;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to a case's timeline, in the caller's transaction. */
@Component
class CaseTimeline {

    private final CaseEventRepository events;
    private final Clock clock;

    CaseTimeline(CaseEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(long caseId, CaseEventKind kind, String text, String actor) {
        events.save(new CaseEvent(caseId, clock.instant(), kind, text, actor));
    }

    List<CaseEvent> of(long caseId) {
        return events.findByCaseIdOrderByHappenedAtAscIdAsc(caseId);
    }
}
