package uk.ehctracker.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a SENCO asks the SEN support service to do, one record per command. Validated by the service. */
public final class SupportCommands {

    private SupportCommands() {
    }

    /** Code 6.43: the pupil is placed on SEN support and the parents are formally told. */
    public record Place(LocalDate placedOn, LocalDate parentsToldOn, List<NeedType> needsInRankOrder) {
    }

    /** Code 6.45: assess. Attainment and the pupil's and parents' views are evidence for a request. */
    public record Assess(String notes, String attainment, String pupilViews, String parentViews) {
    }

    /** Code 6.48: plan. */
    public record Plan(String outcomes, String provision, LocalDate reviewDate) {
    }

    /** Code 6.52-6.54: review, and what next. */
    public record Review(ReviewOutcome outcome, String notes) {
    }

    /** Code 6.58: the parents' agreement to involving a specialist. */
    public record AgreeSpecialist(SpecialistKind kind, boolean parentsAgree, LocalDate decidedOn) {
    }

    /** Code 6.59: the specialist's advice. */
    public record SpecialistAdvice(String advice, LocalDate reportDate) {
    }

    /** A line of the provision map. */
    public record AddProvision(String intervention, Delivery delivery, String frequency, String staff,
            LocalDate startOn, LocalDate endOn, BigDecimal yearlyCost) {
    }

    /** Code 6.65: a meeting with the parents. */
    public record Meeting(LocalDate heldOn, String notes) {
    }
}
