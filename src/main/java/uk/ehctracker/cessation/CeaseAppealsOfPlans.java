package uk.ehctracker.cessation;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.disagreement.CeaseAppeals;

/**
 * The disagreement feature's view of a decision to cease (its {@link CeaseAppeals} port). Reads the
 * records itself, and hands the end of a disagreement to the process, so that the disagreement's
 * service does not depend on {@link CeaseService}, which depends on it.
 */
@Component
@Transactional
class CeaseAppealsOfPlans implements CeaseAppeals {

    private final CessationRepository cessations;
    private final CeaseProcess process;

    CeaseAppealsOfPlans(CessationRepository cessations, CeaseProcess process) {
        this.cessations = cessations;
        this.process = process;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> noticeSentOn(long caseId) {
        return cessations.findFirstByCaseIdOrderByIdDesc(caseId).filter(r -> Boolean.TRUE.equals(r.getCeases()))
                .map(CessationRecord::getNoticeSentOn);
    }

    @Override
    public void ended(long caseId, boolean ceaseStands, LocalDate on) {
        cessations.findFirstByCaseIdOrderByIdDesc(caseId).filter(r -> Boolean.TRUE.equals(r.getCeases()) && r.isOpen()).ifPresent(r -> {
            r.disagreementEnded(on, !ceaseStands);
            // CFA s45(4): the plan was held for the disagreement; the process ends it or keeps it
            process.disagreementEnded(r.getId(), ceaseStands);
        });
    }
}
