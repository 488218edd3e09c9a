package uk.ehctracker.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.ehctracker.audit.AuditSubject;

/**
 * The family's own views, wishes and feelings, in their words and the child's (CFA s19; reg 7),
 * with the documents they attached (a drawing, a photograph). They feed section A of the plan.
 */
@Entity
@Table(name = "family_views")
public class FamilyViews implements AuditSubject {

    /** The questions the family answers, in the order the form asks them. */
    public enum Part {
        ABOUT_CHILD("About the child"),
        WHAT_IS_HARD("What is hard"),
        WHAT_HAS_HELPED("What has helped"),
        HOPES("Hopes for the future"),
        CHILDS_VOICE("In the child's or young person's own words");

        private final String heading;

        Part(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    /** One answer, under its question's heading. */
    public record Answer(Part part, String text) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "about_child")
    private String aboutChild;

    @Column(name = "what_is_hard")
    private String whatIsHard;

    @Column(name = "what_has_helped")
    private String whatHasHelped;

    private String hopes;

    @Column(name = "childs_voice")
    private String childsVoice;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "given_by", nullable = false)
    private String givenBy;

    @Column(name = "given_by_name", nullable = false)
    private String givenByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "family_views_document", joinColumns = @JoinColumn(name = "views_id"))
    @Column(name = "document_id")
    @OrderBy
    private Set<Long> documentIds = new LinkedHashSet<>();

    protected FamilyViews() {
    }

    FamilyViews(long caseId, Commands.GiveFamilyViews views, LocalDate givenOn, String givenBy, String givenByName,
            Instant recordedAt) {
        this.caseId = caseId;
        this.aboutChild = views.aboutChild();
        this.whatIsHard = views.whatIsHard();
        this.whatHasHelped = views.whatHasHelped();
        this.hopes = views.hopes();
        this.childsVoice = views.childsVoice();
        this.givenOn = givenOn;
        this.givenBy = givenBy;
        this.givenByName = givenByName;
        this.recordedAt = recordedAt;
        if (views.documentIds() != null) {
            this.documentIds.addAll(views.documentIds());
        }
    }

    /** The questions answered, in the form's order (unanswered ones left out). */
    public List<Answer> answers() {
        List<Answer> answers = new ArrayList<>();
        add(answers, Part.ABOUT_CHILD, aboutChild);
        add(answers, Part.WHAT_IS_HARD, whatIsHard);
        add(answers, Part.WHAT_HAS_HELPED, whatHasHelped);
        add(answers, Part.HOPES, hopes);
        add(answers, Part.CHILDS_VOICE, childsVoice);
        return answers;
    }

    private static void add(List<Answer> answers, Part part, String text) {
        if (text != null && !text.isBlank()) {
            answers.add(new Answer(part, text));
        }
    }

    /** The answers as one text, each under its heading: what the advice request and the API carry. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Answer a : answers()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(a.part().heading()).append(":\n").append(a.text());
        }
        return text.toString();
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public String getGivenByName() {
        return givenByName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<Long> getDocumentIds() {
        return List.copyOf(documentIds);
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    @Override
    public String auditName() {
        return "family's views " + id;
    }
}
