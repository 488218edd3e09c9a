package uk.ehctracker.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CandidateGroups;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.audit.AuditActions;
import uk.ehctracker.audit.Audited;
import uk.ehctracker.calendar.EnglandCalendar;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * A family's concerns and complaints on a case, recorded by the family or by LA staff of the
 * case's LA for them: raised, each stage's reply, taken to the next stage, or resolved. Each
 * command checks access, runs in one transaction, is audited once and moves
 * bpmn/complaint.bpmn with the record. A stage's reply is due by the date the procedure gives,
 * by default the council's number of working days after the stage opened.
 */
@Service
@Transactional
public class ComplaintService {

    static final String CLOSED = "This complaint has ended";

    private final ComplaintRepository complaints;
    private final ComplaintProcess process;
    private final AssessmentQueries cases;
    private final EnglandCalendar calendar;
    private final AccessPolicy access;
    private final Clock clock;

    ComplaintService(ComplaintRepository complaints, ComplaintProcess process, AssessmentQueries cases, EnglandCalendar calendar,
            AccessPolicy access, Clock clock) {
        this.complaints = complaints;
        this.process = process;
        this.cases = cases;
        this.calendar = calendar;
        this.access = access;
        this.clock = clock;
    }

    /** A new concern: what it is about (which procedure), in the family's words, and when it was raised. */
    public record NewComplaint(ComplaintAbout about, String summary, LocalDate raisedOn, LocalDate replyBy) {
    }

    /** One stage as a person reads it, lateness judged today. */
    public record StageView(ComplaintStage stage, LocalDate openedOn, LocalDate replyBy, LocalDate repliedOn, String reply,
            boolean late) {
    }

    /** A complaint as a person reads it: its stages, how it ended, and whether it may go to the next stage today. */
    public record View(long id, ComplaintAbout about, String summary, LocalDate raisedOn, List<StageView> stages,
            Complaint.Closed closedHow, LocalDate closedOn, boolean mayEscalate, ComplaintStage nextStage) {

        public StageView current() {
            return stages.get(stages.size() - 1);
        }

        public boolean isOpen() {
            return closedHow == null;
        }
    }

    @Transactional(readOnly = true)
    public List<View> views(long caseId, CurrentUser user) {
        LocalDate today = today();
        return onCase(caseId, user).stream().map(c -> new View(c.getId(), c.getAbout(), c.getSummary(), c.getRaisedOn(),
                c.getStages().stream().map(s -> new StageView(s.getStage(), s.getOpenedOn(), s.getReplyBy(), s.getRepliedOn(),
                        s.getReplySummary(), s.isLate(today))).toList(),
                c.getClosedHow(), c.getClosedOn(), c.mayEscalate(today), c.getAbout().after(c.current().getStage()))).toList();
    }

    @Transactional(readOnly = true)
    public List<Complaint> onCase(long caseId, CurrentUser user) {
        caseFor(caseId, user);
        return complaints.findByCaseIdOrderByIdAsc(caseId);
    }

    /** Whether this person may see and record the case's complaints. */
    @Transactional(readOnly = true)
    public boolean mayRecord(long caseId, CurrentUser user) {
        AssessmentCase c = cases.visibleCase(caseId, user);
        return access.mayRecordComplaint(user, c.getLocalAuthority().getId());
    }

    @Audited(value = "Complaint raised", action = AuditActions.CREATE)
    public Complaint raise(long caseId, NewComplaint raised, CurrentUser by) {
        AssessmentCase c = caseFor(caseId, by);
        String summary = Checks.clean(raised.summary());
        new Checks().require("about", raised.about(), "What the complaint is about")
                .require("summary", summary, "What the complaint is about, in a few lines")
                .maxLength("summary", summary, 4000, "The summary")
                .require("raisedOn", raised.raisedOn(), "The day it was raised")
                .notAfter("raisedOn", raised.raisedOn(), today(), "The day it was raised", "today")
                .throwIfAny();
        LocalDate replyBy = replyBy(c, raised.raisedOn(), raised.replyBy());
        Complaint complaint = complaints.save(new Complaint(caseId, raised.about(), summary, raised.raisedOn(), replyBy,
                by.username(), clock.instant()));
        process.start(new ComplaintProcess.Routing(complaint.getId(), caseId,
                CandidateGroups.managers(c.getLocalAuthority().getCode())));
        return complaint;
    }

    @Audited("Complaint reply recorded")
    public Complaint recordReply(long caseId, long complaintId, LocalDate repliedOn, String reply, CurrentUser by) {
        Complaint complaint = openComplaint(caseId, complaintId, by);
        String text = Checks.clean(reply);
        ComplaintStageRecord stage = complaint.current();
        new Checks().require("repliedOn", repliedOn, "The day of the reply")
                .notAfter("repliedOn", repliedOn, today(), "The day of the reply", "today")
                .notBefore("repliedOn", repliedOn, stage.getOpenedOn(), "The day of the reply", "the day this stage began")
                .require("reply", text, "What the reply said")
                .maxLength("reply", text, 4000, "The reply")
                .when(stage.getRepliedOn() != null, "repliedOn", "This stage has already replied")
                .throwIfAny();
        complaint.replied(repliedOn, text);
        process.replied(complaintId, !complaint.isOpen());
        return complaint;
    }

    /** The family takes the complaint to the next stage: after a reply they are not content with, or when the reply is late. */
    @Audited("Complaint taken to the next stage")
    public Complaint escalate(long caseId, long complaintId, LocalDate on, LocalDate replyBy, CurrentUser by) {
        Complaint complaint = openComplaint(caseId, complaintId, by);
        ComplaintStageRecord stage = complaint.current();
        new Checks().require("escalatedOn", on, "The day it was taken further")
                .notAfter("escalatedOn", on, today(), "The day it was taken further", "today")
                .notBefore("escalatedOn", on, stage.getOpenedOn(), "The day it was taken further", "the day this stage began")
                .throwIfAny();
        if (!complaint.mayEscalate(today())) {
            throw new ConflictException(complaint.getAbout().isLast(stage.getStage())
                    ? "This is the last stage of the procedure: " + complaint.getAbout().afterTheLastStage()
                    : "The complaint can go to the next stage once " + stage.getStage().who() + " has replied, or once "
                            + "its reply is late");
        }
        AssessmentCase c = cases.visibleCase(caseId, by);
        complaint.escalated(on, replyBy(c, on, replyBy));
        process.escalated(complaintId);
        return complaint;
    }

    @Audited("Complaint resolved")
    public Complaint resolve(long caseId, long complaintId, LocalDate on, CurrentUser by) {
        Complaint complaint = openComplaint(caseId, complaintId, by);
        new Checks().require("resolvedOn", on, "The day it was resolved")
                .notAfter("resolvedOn", on, today(), "The day it was resolved", "today")
                .notBefore("resolvedOn", on, complaint.getRaisedOn(), "The day it was resolved", "the day it was raised")
                .throwIfAny();
        complaint.close(Complaint.Closed.RESOLVED, on);
        process.resolved(complaintId);
        return complaint;
    }

    // ---- for the process's clocks (workflow/ComplaintClocks) ----

    /** The last day for the open stage's reply. */
    @Transactional(readOnly = true)
    public LocalDate replyDueBy(long complaintId) {
        return complaints.findById(complaintId).orElseThrow(() -> new NotFoundException("Complaint")).current().getReplyBy();
    }

    /** The reply did not come by its last day; answers whether the stage is the council's own (its managers are told). */
    public boolean lateReplyReported(long complaintId) {
        Complaint complaint = complaints.findById(complaintId).orElseThrow(() -> new NotFoundException("Complaint"));
        complaint.current().lateReported(today());
        return complaint.getAbout() == ComplaintAbout.COUNCIL;
    }

    private LocalDate replyBy(AssessmentCase c, LocalDate openedOn, LocalDate given) {
        if (given != null) {
            new Checks().notBefore("replyBy", given, openedOn, "The reply is due by", "the day the stage began").throwIfAny();
            return given;
        }
        // the procedure's own time; the council's, in working days, unless the family or staff give the school's date
        return calendar.workingDays().plusWorkingDays(openedOn, c.getLocalAuthority().getComplaintReplyWorkingDays());
    }

    private Complaint openComplaint(long caseId, long complaintId, CurrentUser by) {
        caseFor(caseId, by);
        Complaint complaint = complaints.findById(complaintId).filter(x -> x.getCaseId() == caseId)
                .orElseThrow(() -> new NotFoundException("Complaint"));
        if (!complaint.isOpen()) {
            throw new ConflictException(CLOSED);
        }
        return complaint;
    }

    private AssessmentCase caseFor(long caseId, CurrentUser by) {
        AssessmentCase c = cases.visibleCase(caseId, by);
        if (!access.mayRecordComplaint(by, c.getLocalAuthority().getId())) {
            throw new NotFoundException("Case");
        }
        return c;
    }

    private LocalDate today() {
        return StatutoryClock.today(clock);
    }
}
