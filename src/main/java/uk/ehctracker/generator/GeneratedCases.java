package uk.ehctracker.generator;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.EhcUserDetails;
import uk.ehctracker.assessment.AdviceRequest;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.PlanSectionName;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.common.ClockTravel;
import uk.ehctracker.directory.Child;

/**
 * One generated request, driven through {@link AssessmentService} as far as its dates allow by
 * today, in the caller's transaction: a case closed long ago passes its timers on the way, and
 * they are created and removed before anything commits (the pattern of {@code demo/DemoCases}).
 * A recent case stays open at the step its dates have reached, with its timers live. Each step is
 * entered with this thread's clock on its day ({@link ClockTravel}): the services date a notice
 * sent or a draft served on the day they record it (docs/law.md s0).
 *
 * <p>The mix follows England 2024 (DfE): 25% refused assessment; of those assessed, 10% not
 * issued; of plans, 46.4% issued within 20 weeks, the rest up to 43 weeks.
 */
@Component
class GeneratedCases {

    static final double REFUSED = 0.25;
    static final double NOT_ISSUED_OF_ASSESSED = 0.10;
    static final double WITHIN_20_WEEKS = 0.464;

    /** What a request came to (or will come to, when its dates are still ahead). */
    enum Outcome { REFUSED, NOT_ISSUED, ISSUED_IN_TIME, ISSUED_LATE }

    private final AssessmentService assessments;
    private final AssessmentQueries queries;
    private final GeneratedDirectory directory;
    private final UserDetailsService users;
    private final Map<String, CurrentUser> staff = new ConcurrentHashMap<>();
    private final ClockTravel travel;

    GeneratedCases(AssessmentService assessments, AssessmentQueries queries, GeneratedDirectory directory, UserDetailsService users,
            ClockTravel travel) {
        this.travel = travel;
        this.assessments = assessments;
        this.queries = queries;
        this.directory = directory;
        this.users = users;
    }

    static Outcome outcome(Random rnd) {
        double u = rnd.nextDouble();
        if (u < REFUSED) {
            return Outcome.REFUSED;
        }
        if (rnd.nextDouble() < NOT_ISSUED_OF_ASSESSED) {
            return Outcome.NOT_ISSUED;
        }
        return rnd.nextDouble() < WITHIN_20_WEEKS ? Outcome.ISSUED_IN_TIME : Outcome.ISSUED_LATE;
    }

    /** Request number {@code index} of {@code total}: received on a day spread evenly over the generated years. */
    Outcome request(long index, long total, int years, GeneratedDirectory.LaRef la, LocalDate today, long seed) {
        try {
            return requestOnItsDays(index, total, years, la, today, seed);
        } finally {
            travel.back();
        }
    }

    private Outcome requestOnItsDays(long index, long total, int years, GeneratedDirectory.LaRef la, LocalDate today, long seed) {
        Random rnd = new Random(seed * 7919 + index);
        long span = years * 365L;
        LocalDate received = today.minusDays(span - (index * span) / Math.max(total, 1));
        if (!received.isBefore(today)) {
            received = today.minusDays(1);
        }
        CurrentUser cw = staff(la.caseworkers().get((int) (index % la.caseworkers().size())));
        Child child = directory.childForRequest(index, la, received, rnd);
        Outcome outcome = outcome(rnd);
        travel.to(received);
        AssessmentCase c = assessments.submitRequest(new Commands.NewRequest(child.getId(), RequestedBy.PARENT, received,
                "Generated request: the school's support has not been enough for " + child.getFirstName() + ".",
                child.getFamily().getName(), null), cw);
        long id = c.getId();

        if (outcome == Outcome.REFUSED) {
            LocalDate decided = received.plusDays(20 + rnd.nextInt(26));
            if (!decided.isAfter(today)) {
                travel.to(decided);
                assessments.decideWhetherToAssess(id, new Commands.DecideWhetherToAssess(DecisionOutcome.DO_NOT_ASSESS, true, false,
                        Set.of("ATTAINMENT_AND_PROGRESS", "ACTION_BY_SETTING"), Set.of(),
                        "The school's support is meeting the child's needs; a plan is not likely to be needed.", decided), cw);
            }
            return outcome;
        }
        // dates worked back from the final plan, so that 46.4% land within 20 weeks (140 days)
        LocalDate fin = received.plusDays(outcome == Outcome.ISSUED_LATE ? 141 + rnd.nextInt(160) : 100 + rnd.nextInt(41));
        LocalDate draft = fin.minusDays(15 + rnd.nextInt(11));
        LocalDate issue = draft.minusDays(3 + rnd.nextInt(11));
        LocalDate advice = issue.minusDays(2 + rnd.nextInt(8));
        LocalDate assess = received.plusDays(20 + rnd.nextInt(23));
        if (!assess.isBefore(advice.minusDays(6))) {
            assess = advice.minusDays(7);
        }
        if (outcome == Outcome.NOT_ISSUED) {
            issue = received.plusDays(85 + rnd.nextInt(28));
            advice = issue.minusDays(2 + rnd.nextInt(8));
        }
        if (assess.isAfter(today)) {
            return outcome;
        }
        travel.to(assess);
        assessments.decideWhetherToAssess(id, new Commands.DecideWhetherToAssess(DecisionOutcome.ASSESS, true, true,
                Set.of("ATTAINMENT_AND_PROGRESS", "NATURE_OF_SEN", "ACTION_BY_SETTING"), Set.of(),
                "The evidence shows the child may have SEN and may need provision through an EHC plan (s36(8)).", assess), cw);
        if (advice.isAfter(today)) {
            return outcome;
        }
        travel.to(advice);
        for (AdviceRequest a : queries.advice(id, cw)) {
            if (a.isOpen()) {
                assessments.giveAdvice(new Commands.GiveAdvice(a.getId(), "Generated advice: needs and provision described.", advice), cw);
            }
        }
        if (issue.isAfter(today)) {
            return outcome;
        }
        travel.to(issue);
        if (outcome == Outcome.NOT_ISSUED) {
            assessments.decideWhetherToIssue(id, new Commands.DecideWhetherToIssue(DecisionOutcome.DO_NOT_ISSUE, false,
                    "The child's needs can be met from the resources of the school.", issue), cw);
            return outcome;
        }
        assessments.decideWhetherToIssue(id, new Commands.DecideWhetherToIssue(DecisionOutcome.ISSUE, true,
                "Provision through an EHC plan is necessary (s37).", issue), cw);
        if (draft.isAfter(today)) {
            return outcome;
        }
        travel.to(draft);
        assessments.writeDraftPlan(id, new Commands.WriteDraftPlan(sections(), draft), cw);
        if (fin.isAfter(today)) {
            return outcome;
        }
        // reg 13(1): the family responds within its 15 days (fin is at least 15 days after the draft)
        travel.to(draft.plusDays(7));
        // CFA s39: the family asks for the child's school (or home tuition), which is consulted before it is named
        // by URN: generated schools may share a name (the directory refuses a shared name)
        String placement = child.getSchool() == null ? "Home tuition" : child.getSchool().getUrn();
        assessments.commentOnDraft(id, new Commands.CommentOnDraft("We agree with the draft.", placement, false, false), cw);
        assessments.respondToConsultation(id, new Commands.RespondToConsultation(true, "We can meet the needs.", draft.plusDays(7)), cw);
        travel.to(fin);
        assessments.issueFinalPlan(id, new Commands.IssueFinalPlan(placement, fin), cw);
        return outcome;
    }

    static Map<PlanSectionName, String> sections() {
        Map<PlanSectionName, String> s = new EnumMap<>(PlanSectionName.class);
        s.put(PlanSectionName.A, "Enjoys music and being outdoors.");
        s.put(PlanSectionName.B, "Needs in communication and interaction, set out in the advice in section K.");
        s.put(PlanSectionName.E, "By the end of the key stage, communicates needs independently.");
        s.put(PlanSectionName.F, "Weekly speech and language therapy, 45 minutes, by a qualified therapist.");
        s.put(PlanSectionName.I, "Mainstream school");
        return s;
    }

    CurrentUser staff(String username) {
        return staff.computeIfAbsent(username, u -> ((EhcUserDetails) users.loadUserByUsername(u)).user());
    }
}
