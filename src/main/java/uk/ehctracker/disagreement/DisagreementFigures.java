package uk.ehctracker.disagreement;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;

/**
 * How the LA's decisions fared when families disagreed, by the kind of decision: how many went to
 * mediation and to the Tribunal, and how they ended. These are also the SEN2 return's mediation and
 * Tribunal fields for requests and assessments (docs/law.md s10). One grouped query, the LA in it.
 */
@Service
@Transactional(readOnly = true)
public class DisagreementFigures {

    /** One kind of decision: disagreements recorded, mediations held, appeals made, and how appeals ended. */
    public record ByDecision(DecisionDisagreed decision, long recorded, long mediated, long appealed, long conceded, long ordered,
            long dismissed, long withdrawn) {

        /** Decisions the Tribunal overturned or the council conceded. */
        public long overturned() {
            return conceded + ordered;
        }
    }

    private final EntityManager em;
    private final AccessPolicy access;

    DisagreementFigures(EntityManager em, AccessPolicy access) {
        this.em = em;
        this.access = access;
    }

    /** Every kind of decision, in the order of {@link DecisionDisagreed}, including those with none yet. */
    public List<ByDecision> byDecision(CurrentUser user) {
        if (!access.mayReadTeamFigures(user)) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select d.decisionDisagreed, count(d),"
                        + " sum(case when d.mediationHeldOn is not null then 1 else 0 end),"
                        + " sum(case when d.appealRegisteredOn is not null then 1 else 0 end),"
                        + " sum(case when d.outcome = uk.ehctracker.disagreement.TribunalOutcome.CONCEDED then 1 else 0 end),"
                        + " sum(case when d.outcome = uk.ehctracker.disagreement.TribunalOutcome.ORDERED then 1 else 0 end),"
                        + " sum(case when d.outcome = uk.ehctracker.disagreement.TribunalOutcome.DISMISSED then 1 else 0 end),"
                        + " sum(case when d.outcome = uk.ehctracker.disagreement.TribunalOutcome.WITHDRAWN then 1 else 0 end)"
                        + " from DisagreementRecord d where d.caseId in"
                        + " (select c.id from AssessmentCase c where c.localAuthority.id = :la)"
                        + " group by d.decisionDisagreed", Object[].class)
                .setParameter("la", user.laId())
                .getResultList();
        Map<DecisionDisagreed, ByDecision> found = new EnumMap<>(DecisionDisagreed.class);
        for (Object[] r : rows) {
            DecisionDisagreed decision = (DecisionDisagreed) r[0];
            found.put(decision, new ByDecision(decision, number(r[1]), number(r[2]), number(r[3]), number(r[4]), number(r[5]),
                    number(r[6]), number(r[7])));
        }
        List<ByDecision> all = new ArrayList<>();
        for (DecisionDisagreed d : DecisionDisagreed.values()) {
            all.add(found.getOrDefault(d, new ByDecision(d, 0, 0, 0, 0, 0, 0, 0)));
        }
        return all;
    }

    private static long number(Object n) {
        return n == null ? 0 : ((Number) n).longValue();
    }
}
