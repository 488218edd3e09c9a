package uk.ehctracker.letters;

/**
 * The statutory notices the tracker sends, each with the regulation it meets, the subject line
 * of the letter and its template ({@code resources/letters/<template>.html}).
 *
 * <p>Names are shared with the BPMN model ({@code notices.send(execution, 'NOTICE_TYPE')}, see
 * docs/PROCESS-CONTRACT.md): do not rename a constant without renaming it there.
 *
 * <p>What {@link LetterFacts#dueDate()} means for each type is stated on the constant.
 */
public enum NoticeType {

    /**
     * The LA is considering whether to assess and seeks the family's views (reg 4(1), reg 7);
     * also sent to the reg 4(2) persons. {@code dueDate}: the date by which the LA will decide
     * whether to assess (reg 5(1): 6 weeks from the request). Required.
     */
    CONSIDERING_ASSESSMENT("reg 4 and reg 7", "We are considering an EHC needs assessment",
            "considering-assessment", false, true),

    /**
     * The LA has decided to assess (reg 5(1)). {@code dueDate}: the date by which the final EHC
     * plan must be issued if one is made (reg 13(2): 20 weeks from the request). Optional.
     */
    DECISION_TO_ASSESS("reg 5(1)", "We will carry out an EHC needs assessment",
            "decision-to-assess", false, false),

    /**
     * The Tribunal ordered the LA to assess, or the LA conceded the appeal against its refusal
     * (reg 44; reg 45(3)): the family is told within 2 weeks that the LA will assess.
     * {@code decisionOn}: the day of the order or of the concession; {@code dueDate}: the final
     * plan's last day (14 weeks); {@code reasons}: who required it. Required.
     */
    ORDERED_ASSESSMENT("reg 44 and reg 45(3)", "We will carry out an EHC needs assessment, as the Tribunal requires",
            "ordered-assessment", false, true),

    /** The LA has decided not to assess (reg 5(3)); carries appeal rights. */
    DECISION_NOT_TO_ASSESS("reg 5(3)", "We will not carry out an EHC needs assessment",
            "decision-not-to-assess", true, false),

    /** After the assessment, the LA has decided not to issue a plan (reg 10(3)); carries appeal rights. */
    DECISION_NOT_TO_ISSUE("reg 10(3)", "We will not issue an EHC plan",
            "decision-not-to-issue", true, false),

    /**
     * A mediation certificate is recorded: the appeal deadline, now the later of 2 months from the
     * decision notice and 1 month from the certificate (HESC Rules r20). {@code dueDate}: the
     * certificate's date. Required, with {@code appealDeadline}.
     */
    APPEAL_DEADLINE_AFTER_MEDIATION("HESC Rules r20", "Your deadline to appeal after mediation",
            "appeal-deadline-after-mediation", false, true),

    /**
     * The draft plan has been served (reg 13(1), CFA s38). {@code dueDate}: the last day for
     * comments, the 15th day beginning with the day the draft was served. Required.
     */
    DRAFT_PLAN("reg 13(1)", "Your draft EHC plan: please tell us what you think",
            "draft-plan", false, true),

    /**
     * The LA asks a school or setting whether it can be named in the plan: the one the family
     * asked for (CFA s39(2)) or the one the LA chose (s40(3)); to its governing body, proprietor
     * or principal and to the LA that maintains it where that is another LA. {@code dueDate}: the
     * day the LA asks for a reply by (15 days, usual practice). Required.
     */
    CONSULTATION("CFA s39(2) and s40(3)", "We are considering naming your school or setting in an EHC plan",
            "consultation", false, true),

    /**
     * The final plan has been issued (reg 14); carries appeal rights. Sent to the family, the
     * named setting and the health commissioning body (reg 13(2); CFA s40(5)).
     */
    FINAL_PLAN("reg 14", "The final EHC plan has been issued", "final-plan", true, false),

    /** The request or the assessment has ended without a decision (withdrawn). */
    WITHDRAWAL("CFA s36", "The EHC needs assessment request has been closed", "withdrawal",
            false, false),

    /**
     * The LA relies on an exception to a time limit (reg 5(4), reg 10(4), reg 13(3)) and tells
     * the family why. {@code dueDate}: the date by which the LA now expects to act. Optional;
     * {@code exceptionExplanation} is required.
     */
    EXCEPTION_APPLIED("reg 5(4), reg 10(4) and reg 13(3)",
            "We need more time than the usual time limit", "exception-applied", false, false),

    /**
     * After an annual review, the LA keeps the plan as it is (reg 20(10)): a decision not to amend
     * it, which the family may appeal (CFA s51(2)(e)); carries appeal rights. {@code decisionOn}: the
     * day of the decision; {@code reasons}: why no change is needed.
     */
    REVIEW_PLAN_KEPT("reg 20(10)", "After the annual review: we will keep the EHC plan as it is", "review-decision", true, false),

    /**
     * After an annual review, the LA proposes to amend the plan (reg 20(10)); the proposed
     * amendments go with the decision (reg 22(2)(a)). {@code reasons}: the proposed amendments;
     * {@code dueDate}: the last of the family's at least 15 days, beginning with the day they are
     * sent (reg 22(2)(c)). Required. Not appealable yet: the amended plan is.
     */
    REVIEW_AMENDMENTS_PROPOSED("reg 20(10) and reg 22(2)", "After the annual review: the changes we propose to the EHC plan",
            "review-decision", false, true),

    /**
     * After an annual review, the LA is considering ceasing the plan (reg 20(10)); it tells the
     * family and will ask for their views before it decides (reg 31(1)). {@code reasons}: why.
     */
    REVIEW_CEASING_PROPOSED("reg 20(10) and reg 31(1)", "After the annual review: we are considering ceasing the EHC plan",
            "review-decision", false, false),

    /**
     * The amended plan after a review is issued (reg 22(3)), with appeal rights (reg 22(5)); to the
     * family, the setting named and the responsible commissioning body (reg 22(3)(a)-(c)).
     * {@code decisionOn}: the day it was issued; {@code reasons}: the amendments.
     */
    AMENDED_PLAN("reg 22(3) and reg 22(5)", "The amended EHC plan has been issued", "amended-plan", true, false),

    /**
     * The LA has decided to cease to maintain the plan (reg 31(2)), to the family, the institution
     * named and the responsible commissioning body; the family's copy carries the appeal and
     * mediation rights (reg 31(3)). {@code dueDate}: the day the plan ends if no appeal is brought,
     * the day after the last day to appeal (CFA s45(4)). Required.
     */
    DECISION_TO_CEASE("reg 31(2) and reg 31(3)", "We have decided to stop maintaining the EHC plan", "decision-to-cease", true, true);

    private final String citation;
    private final String subject;
    private final String template;
    private final boolean appealRights;
    private final boolean dueDateRequired;

    NoticeType(String citation, String subject, String template, boolean appealRights,
               boolean dueDateRequired) {
        this.citation = citation;
        this.subject = subject;
        this.template = template;
        this.appealRights = appealRights;
        this.dueDateRequired = dueDateRequired;
    }

    /** The provision the notice meets, e.g. "reg 5(3)" (SEND Regulations 2014). */
    public String citation() {
        return citation;
    }

    /**
     * What happened, for the e-mail that announces the letter: the stage, in words that suit
     * every recipient (family, school, health, another LA), never the child nor the outcome.
     */
    public String emailNews() {
        return switch (this) {
            case CONSIDERING_ASSESSMENT -> "A request for an EHC needs assessment has been received, and the local authority is considering it.";
            case DECISION_TO_ASSESS, DECISION_NOT_TO_ASSESS -> "The local authority has decided whether to carry out an EHC needs assessment.";
            case ORDERED_ASSESSMENT -> "After an appeal to the Tribunal, the local authority will carry out an EHC needs assessment.";
            case DECISION_NOT_TO_ISSUE -> "After the assessment, the local authority has decided whether to issue an EHC plan.";
            case APPEAL_DEADLINE_AFTER_MEDIATION -> "The last day to appeal has been worked out again.";
            case DRAFT_PLAN -> "A draft EHC plan is ready to read and comment on.";
            case CONSULTATION -> "The local authority asks whether a school or setting can be named in an EHC plan, and needs a reply.";
            case FINAL_PLAN -> "The final EHC plan has been issued.";
            case WITHDRAWAL -> "The request for an EHC needs assessment has been closed.";
            case EXCEPTION_APPLIED -> "The local authority needs more time than the usual time limit for a step, and explains why.";
            case REVIEW_PLAN_KEPT, REVIEW_AMENDMENTS_PROPOSED, REVIEW_CEASING_PROPOSED ->
                    "The local authority has decided what happens after the annual review of the EHC plan.";
            case AMENDED_PLAN -> "The amended EHC plan has been issued.";
            case DECISION_TO_CEASE -> "The local authority has decided whether to keep maintaining the EHC plan.";
        };
    }

    /** The letter's subject line, in plain English, without personal details. */
    public String subject() {
        return subject;
    }

    /** The template name under {@code resources/letters/}, without the {@code .html} suffix. */
    public String templateName() {
        return template;
    }

    /**
     * Whether the notice carries the right to appeal to the First-tier Tribunal (SEND), with
     * the mediation, disagreement resolution and IAS information (reg 5(3), 10(3), 14, 22(5), 31(3)).
     */
    public boolean carriesAppealRights() {
        return appealRights;
    }

    /** Whether the letter cannot be written without {@link LetterFacts#dueDate()}. */
    public boolean requiresDueDate() {
        return dueDateRequired;
    }
}
