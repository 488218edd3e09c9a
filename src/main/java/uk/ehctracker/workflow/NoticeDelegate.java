package uk.ehctracker.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.ehctracker.assessment.AssessmentNotices;
import uk.ehctracker.letters.NoticeType;

/** {@code ${notices.send(execution, 'TYPE')}}: sends a statutory notice for the case. Public: the engine calls it by reflection. */
@Component("notices")
public class NoticeDelegate {

    private final AssessmentNotices notices;

    NoticeDelegate(AssessmentNotices notices) {
        this.notices = notices;
    }

    public void send(DelegateExecution execution, String noticeType) {
        notices.send(ProcessVariables.caseIdOf(execution), NoticeType.valueOf(noticeType));
    }
}
