package uk.ehctracker.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.ehctracker.audit.AuditSubject;

/** One cycle of the graduated approach: assess, plan, do, review (Code 6.44-6.56). */
@Entity
@Table(name = "sen_support_cycle")
public class SupportCycle implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    @Column(name = "cycle_number", nullable = false)
    private int number;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "assess_notes")
    private String assessNotes;

    private String attainment;

    @Column(name = "pupil_views")
    private String pupilViews;

    @Column(name = "parent_views")
    private String parentViews;

    private String outcomes;

    @Column(name = "family_review_views")
    private String familyReviewViews;

    @Column(name = "family_review_views_on")
    private LocalDate familyReviewViewsOn;

    private String provision;

    @Column(name = "planned_on")
    private LocalDate plannedOn;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "review_notes")
    private String reviewNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome")
    private ReviewOutcome reviewOutcome;

    protected SupportCycle() {
    }

    SupportCycle(long recordId, int number, long schoolId, LocalDate startedOn) {
        this.recordId = recordId;
        this.number = number;
        this.schoolId = schoolId;
        this.startedOn = startedOn;
    }

    void assessed(String notes, String attainment, String pupilViews, String parentViews) {
        this.assessNotes = notes;
        this.attainment = attainment;
        this.pupilViews = pupilViews;
        this.parentViews = parentViews;
    }

    void planned(String outcomes, String provision, LocalDate reviewDate, LocalDate on) {
        this.outcomes = outcomes;
        this.provision = provision;
        this.reviewDate = reviewDate;
        this.plannedOn = on;
    }

    void reviewed(ReviewOutcome outcome, String notes, LocalDate on) {
        this.reviewOutcome = outcome;
        this.reviewNotes = notes;
        this.reviewedOn = on;
    }

    /** The demo spreads cycles made today over past months (demo data only). */
    void demoDates(LocalDate started, LocalDate planned, LocalDate review, LocalDate reviewed) {
        this.startedOn = started;
        this.plannedOn = planned;
        this.reviewDate = review;
        this.reviewedOn = reviewed;
    }

    /** A cycle is complete once it has been reviewed. */
    public boolean isComplete() {
        return reviewedOn != null;
    }

    /** Which step the cycle is at, in the Code's words. */
    public String stage() {
        if (reviewedOn != null) {
            return "Reviewed";
        }
        if (plannedOn != null) {
            return "Do (review due " + reviewDate + ")";
        }
        if (assessNotes != null) {
            return "Plan";
        }
        return "Assess";
    }

    public Long getId() {
        return id;
    }

    public Long getRecordId() {
        return recordId;
    }

    public int getNumber() {
        return number;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public String getAssessNotes() {
        return assessNotes;
    }

    public String getAttainment() {
        return attainment;
    }

    public String getPupilViews() {
        return pupilViews;
    }

    public String getParentViews() {
        return parentViews;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public String getProvision() {
        return provision;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getReviewNotes() {
        return reviewNotes;
    }

    public ReviewOutcome getReviewOutcome() {
        return reviewOutcome;
    }

    @Override
    public Long auditCaseId() {
        return null;
    }

    @Override
    public String auditName() {
        return "SEN support record " + getRecordId();
    }

    /** The family's views for this cycle's review, sent by them; sending again replaces them until the review. */
    void familyViewsForReview(String views, LocalDate on) {
        this.familyReviewViews = views;
        this.familyReviewViewsOn = on;
    }

    public String getFamilyReviewViews() {
        return familyReviewViews;
    }

    public LocalDate getFamilyReviewViewsOn() {
        return familyReviewViewsOn;
    }
}
