package uk.ehctracker.generator;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.common.ClockTravel;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.School;
import uk.ehctracker.existingplans.ExistingPlans;
import uk.ehctracker.review.ReviewOutcome;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.support.NeedType;
import uk.ehctracker.workflow.GeneratedTimers;

/**
 * Plans made before the generated years, recorded as an LA would import them
 * ({@link ExistingPlans#record}, the import's own command): each child with the case of their
 * plan and its next review with its timers. The review counts from a day spread evenly over the
 * past 12 months (6 for a child under 5, reviewed twice a year: Code 9.178), so reviews fall due
 * all year round and few are overdue. A review whose window has opened is taken, on its own days
 * ({@link ClockTravel}), as far as a stage picked for it: the setting asked, the meeting arranged,
 * held, its report sent (the decision pending), or amendments proposed.
 */
@Component
class GeneratedPlans {

    /** The stages a review in its window is left at, each about as likely. */
    enum Stage { ASKED, ARRANGED, HELD, REPORTED, AMENDING }

    private final ExistingPlans plans;
    private final ReviewService reviews;
    private final DirectoryService directory;
    private final GeneratedTimers timers;
    private final ClockTravel travel;
    private final GeneratedCases people;

    GeneratedPlans(ExistingPlans plans, ReviewService reviews, DirectoryService directory, GeneratedTimers timers, ClockTravel travel,
            GeneratedCases people) {
        this.plans = plans;
        this.reviews = reviews;
        this.directory = directory;
        this.timers = timers;
        this.travel = travel;
        this.people = people;
    }

    /** Plan number {@code index}, of the LA {@code la}; returns the stage its review was left at, or null before its window. */
    Stage plan(long index, GeneratedDirectory.LaRef la, LocalDate today, long seed) {
        try {
            return planOnItsDays(index, la, today, seed);
        } finally {
            travel.back();
        }
    }

    private Stage planOnItsDays(long index, GeneratedDirectory.LaRef la, LocalDate today, long seed) {
        Random rnd = new Random(seed * 31 + index);
        LocalDate born = today.minusYears(3 + rnd.nextInt(20)).minusDays(rnd.nextInt(365));
        // CFA s44(1): reviewed within the last 12 months; a child under 5 within the last 6 (Code 9.178)
        LocalDate countedFrom = today.minusDays(1 + rnd.nextInt(364));
        if (Period.between(born, countedFrom).getYears() < 5) {
            countedFrom = today.minusDays(1 + rnd.nextInt(181));
        }
        LocalDate planDate = countedFrom.minusDays(rnd.nextInt(5) == 0 ? 0 : rnd.nextInt(6 * 365));
        if (!planDate.isAfter(born)) {
            planDate = countedFrom;
        }
        String last = Names.last(rnd);
        School school = directory.findSchool(la.schoolIds().get(rnd.nextInt(la.schoolIds().size()))).orElseThrow();
        NeedType need = NeedType.values()[rnd.nextInt(NeedType.values().length)];
        // a UPN's shape (letter, 11 digits, digit): the import finds the child again by it on a re-run
        String upn = String.format("G%03d%09d", la.index() + 1, index);
        travel.to(countedFrom);
        AssessmentCase c = plans.record(la.id(), new ExistingPlans.NewPlan(Names.first(rnd), last, born, upn, school.getUrn(), planDate,
                planDate.equals(countedFrom) ? null : countedFrom, need.name(), null), people.staff(la.code().toLowerCase() + ".manager"));
        return progress(c.getId(), la, today, rnd);
    }

    /** Takes the review through its steps on their days, as far as a stage the dates allow. */
    private Stage progress(long caseId, GeneratedDirectory.LaRef la, LocalDate today, Random rnd) {
        CurrentUser cw = people.staff(la.caseworkers().get(rnd.nextInt(la.caseworkers().size())));
        ReviewService.View review = reviews.view(caseId, cw).orElseThrow();
        // a review preparing a move (reg 18) may open before the day it counts from: the tracker holds it from that day
        LocalDate opens = latest(reviews.opensOn(review.id()), review.countedFrom());
        if (opens.isAfter(today)) {
            return null;
        }
        travel.to(opens);
        timers.fireReviewTimersDue(review.id());
        Stage stage = Stage.values()[rnd.nextInt(Stage.values().length)];
        // dates worked back from today, so that no step is past its time limit
        LocalDate meeting = switch (stage) {
            case ASKED -> null;
            case ARRANGED -> today.plusDays(1 + rnd.nextInt(20));
            case HELD -> today.minusDays(rnd.nextInt(10));
            case REPORTED -> today.minusDays(3 + rnd.nextInt(20));
            case AMENDING -> today.minusDays(10 + rnd.nextInt(15));
        };
        LocalDate invited = meeting == null ? null : meeting.minusDays(14 + rnd.nextInt(7));
        if (invited == null || invited.isBefore(opens) || invited.isAfter(today)) {
            return Stage.ASKED;
        }
        step(invited, review.id());
        reviews.arrangeMeeting(caseId, meeting, invited, cw);
        // reg 20(4): the advice goes out 2 weeks before the meeting
        LocalDate advice = meeting.minusDays(14);
        if (advice.isAfter(today)) {
            return Stage.ARRANGED;
        }
        step(advice, review.id());
        reviews.recordAdviceCirculated(caseId, advice, cw);
        if (stage == Stage.ARRANGED) {
            return stage;
        }
        step(meeting, review.id());
        reviews.recordMeetingHeld(caseId, meeting, cw);
        if (stage == Stage.HELD) {
            return stage;
        }
        // reg 20(7): the report within 2 weeks of the meeting
        LocalDate report = meeting.plusDays(1 + rnd.nextInt((int) Math.min(13, ChronoUnit.DAYS.between(meeting, today))));
        step(report, review.id());
        reviews.recordReportSent(caseId, report, cw);
        if (stage == Stage.REPORTED) {
            return stage;
        }
        // reg 20(10): the decision within 4 weeks of the meeting; reg 22(1): the amendments go with it
        LocalDate decided = report.plusDays(rnd.nextInt((int) ChronoUnit.DAYS.between(report, today) + 1));
        step(decided, review.id());
        reviews.decide(caseId, ReviewOutcome.AMEND, decided, "Generated: section F's provision brought up to date after the review.", cw);
        return stage;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** On {@code day}: the review's timers due by then fire first, as the job executor would have fired them. */
    private void step(LocalDate day, long reviewId) {
        travel.to(day);
        timers.fireReviewTimersDue(reviewId);
    }
}
