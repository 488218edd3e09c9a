package uk.ehctracker.statutory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The time limits that follow a family's disagreement with an appealable decision (CFA s51(2)):
 * the mediation certificate and the mediation the LA must arrange (CFA s55; SEND Regs Part 2,
 * "Mediation"), and what the LA must do after a Tribunal order (reg 44) or after conceding an
 * appeal before it is decided (reg 45). Every date is the last lawful day (docs/law.md s0); "within
 * N weeks of" a day does not count that day. See docs/law.md s7.
 */
public final class Disagreement {

    private Disagreement() {
    }

    /** What the Tribunal ordered, or what the LA conceded (reg 44; reg 45). */
    public enum OrderKind {
        /** The LA must carry out the assessment it refused. */
        ASSESS,
        /** The LA must make and maintain a plan it refused to issue. */
        MAKE_PLAN,
        /** The LA must amend the plan's contents (sections B or F, with or without I). */
        AMEND_PLAN,
        /** The LA must name the school or type of school in section I, the appeal being about that only. */
        NAME_SETTING;

        /** Whether the order is met by an amended plan (the assessment is not reopened). */
        public boolean amendsPlan() {
            return this == AMEND_PLAN || this == NAME_SETTING;
        }
    }

    /** One thing the LA must do after an order or a concession, and its last lawful day. */
    public record Step(String what, LocalDate due) {
        public Step {
            Objects.requireNonNull(due, "due");
        }
    }

    /** reg 34: the family declines mediation: the adviser issues the certificate within 3 working days of their contact. */
    public static LocalDate certificateAfterDecliningDue(LocalDate contactedAdviserOn, WorkingDays workingDays) {
        return workingDays.plusWorkingDays(contactedAdviserOn, 3);
    }

    /** reg 39: after mediation the certificate is issued within 3 working days of its end. */
    public static LocalDate certificateAfterMediationDue(LocalDate mediationEndedOn, WorkingDays workingDays) {
        return workingDays.plusWorkingDays(mediationEndedOn, 3);
    }

    /** regs 35-37: the LA must ensure mediation takes place within 30 days of being told the family wants it. */
    public static LocalDate mediationDue(LocalDate laToldOn) {
        return laToldOn.plusDays(30);
    }

    /** reg 44; reg 45(3): after an order to assess, the family is told within 2 weeks that the LA will assess. */
    public static LocalDate notifyWillAssessDue(LocalDate from) {
        return TimeLimit.ORDERED_NOTICE_TO_ASSESS.dueFrom(from);
    }

    /** reg 44; reg 45(3A)(a): after an order to assess, a decision not to issue a plan within 10 weeks of the order. */
    public static LocalDate decisionNotToIssueDue(LocalDate from) {
        return TimeLimit.ORDERED_DECISION_NOT_TO_ISSUE.dueFrom(from);
    }

    /** reg 44; reg 45(3A)(b): after an order to assess, the final plan within 14 weeks of the order. */
    public static LocalDate finalPlanAfterAssessingDue(LocalDate from) {
        return TimeLimit.ORDERED_FINAL_PLAN_AFTER_ASSESSMENT.dueFrom(from);
    }

    /** reg 44: after an order to make a plan, the draft within 5 weeks of the order. */
    public static LocalDate draftPlanDue(LocalDate from) {
        return TimeLimit.ORDERED_DRAFT_PLAN.dueFrom(from);
    }

    /** reg 44: after an order to make a plan, the final plan within 11 weeks of the order. */
    public static LocalDate finalPlanDue(LocalDate from) {
        return TimeLimit.ORDERED_FINAL_PLAN.dueFrom(from);
    }

    /** reg 44; reg 45(4): after an order about the plan's contents, the amended plan within 5 weeks of the order. */
    public static LocalDate amendedPlanDue(LocalDate from) {
        return TimeLimit.ORDERED_AMENDED_PLAN.dueFrom(from);
    }

    /** The limits an order of this kind sets, in the order the steps come (reg 44; reg 45). */
    public static List<TimeLimit> limits(OrderKind kind) {
        return switch (kind) {
            case ASSESS -> List.of(TimeLimit.ORDERED_NOTICE_TO_ASSESS, TimeLimit.ORDERED_DECISION_NOT_TO_ISSUE,
                    TimeLimit.ORDERED_FINAL_PLAN_AFTER_ASSESSMENT);
            case MAKE_PLAN -> List.of(TimeLimit.ORDERED_DRAFT_PLAN, TimeLimit.ORDERED_FINAL_PLAN);
            case AMEND_PLAN -> List.of(TimeLimit.ORDERED_AMENDED_PLAN);
            case NAME_SETTING -> List.of(TimeLimit.ORDERED_AMENDED_PLACEMENT);
        };
    }

    /**
     * The limit that binds a step of the assessment once an order of this kind re-entered it: the
     * order's own limit in place of the request's 16 and 20 weeks (reg 44; reg 45), else the limit itself.
     */
    public static TimeLimit limitUnder(OrderKind kind, TimeLimit limit) {
        if (kind == OrderKind.ASSESS && limit == TimeLimit.DECISION_NOT_TO_ISSUE) {
            return TimeLimit.ORDERED_DECISION_NOT_TO_ISSUE;
        } else if (kind == OrderKind.ASSESS && limit == TimeLimit.FINAL_PLAN) {
            return TimeLimit.ORDERED_FINAL_PLAN_AFTER_ASSESSMENT;
        } else if (kind == OrderKind.MAKE_PLAN && limit == TimeLimit.FINAL_PLAN) {
            return TimeLimit.ORDERED_FINAL_PLAN;
        } else if (kind == OrderKind.NAME_SETTING && limit == TimeLimit.ORDERED_AMENDED_PLAN) {
            // reg 44(2)(f); reg 45(5): only the setting changes, so 2 weeks instead of 5
            return TimeLimit.ORDERED_AMENDED_PLACEMENT;
        }
        return limit;
    }

    /**
     * What the LA must do, in order, after an order of this kind made on {@code from} (reg 44), or
     * after conceding, {@code from} being the day it told the Tribunal it would not oppose the
     * appeal (reg 45: the same limits, counted from that day).
     */
    public static List<Step> steps(OrderKind kind, LocalDate from) {
        Objects.requireNonNull(from, "from");
        return limits(kind).stream().map(l -> new Step(WHAT.get(l), l.dueFrom(from))).toList();
    }

    private static final java.util.Map<TimeLimit, String> WHAT = java.util.Map.of(
            TimeLimit.ORDERED_NOTICE_TO_ASSESS, "Tell the family the council will assess",
            TimeLimit.ORDERED_DECISION_NOT_TO_ISSUE, "Decide not to issue a plan, if that is the decision",
            TimeLimit.ORDERED_FINAL_PLAN_AFTER_ASSESSMENT, "Issue the final EHC plan",
            TimeLimit.ORDERED_DRAFT_PLAN, "Send the draft EHC plan",
            TimeLimit.ORDERED_FINAL_PLAN, "Issue the final EHC plan",
            TimeLimit.ORDERED_AMENDED_PLAN, "Issue the amended EHC plan",
            TimeLimit.ORDERED_AMENDED_PLACEMENT, "Issue the amended EHC plan naming the school or setting");

    /** The first thing the LA must do after the order or concession: the clock the process times. */
    public static Step firstStep(OrderKind kind, LocalDate from) {
        return steps(kind, from).get(0);
    }
}
