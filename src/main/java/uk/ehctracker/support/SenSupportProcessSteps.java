package uk.ehctracker.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CandidateGroups;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.EhcUserDetails;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Role;
import uk.ehctracker.directory.School;
import uk.ehctracker.directory.SenStatus;
import uk.ehctracker.letters.MailOutbox;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.common.DateFormats;

/**
 * What a pupil's {@code sen-support} process asks of the application (through workflow's
 * delegate): timer dates, the school's group, the steps it runs itself, and the reminders to the
 * SENCO. No person acts here, so nothing is audited in a person's name; the request the process
 * sends is audited by the assessment service as the SENCO who asked for it.
 */
@Service
@Transactional
public class SenSupportProcessSteps {

    /** A review reminder goes out this many days before the review date. */
    public static final int REVIEW_REMINDER_DAYS_BEFORE = 7;

    private final SupportCycleRepository cycles;
    private final ParentMeetingRepository meetings;
    private final PupilRecords pupils;
    private final SupportEvidence evidence;
    private final AssessmentService assessments;
    private final DirectoryService directory;
    private final UserDetailsService users;
    private final MailOutbox mail;
    private final Clock clock;
    private final int termWeeks;
    private final String signInUrl;

    SenSupportProcessSteps(SupportCycleRepository cycles, ParentMeetingRepository meetings, PupilRecords pupils,
            SupportEvidence evidence, AssessmentService assessments, DirectoryService directory, UserDetailsService users,
            MailOutbox mail, Clock clock,
            @Value("${ehc.sen-support.term-weeks:13}") int termWeeks,
            @Value("${ehc.public-url:http://localhost:8080}") String publicUrl) {
        this.cycles = cycles;
        this.meetings = meetings;
        this.pupils = pupils;
        this.evidence = evidence;
        this.assessments = assessments;
        this.directory = directory;
        this.users = users;
        this.mail = mail;
        this.clock = clock;
        this.termWeeks = termWeeks;
        this.signInUrl = publicUrl + "/school";
    }

    private LocalDate today() {
        return StatutoryClock.today(clock);
    }

    /** The candidate group of the pupil's current school: a pupil who moves takes their next task with them. */
    @Transactional(readOnly = true)
    public String schoolGroup(long recordId) {
        School school = pupils.record(recordId).getChild().getSchool();
        return CandidateGroups.school(school != null ? school.getId() : pupils.record(recordId).getSchool().getId());
    }

    @Transactional(readOnly = true)
    public LocalDate reviewDate(long recordId) {
        return cycles.findFirstByRecordIdOrderByNumberDesc(recordId).map(SupportCycle::getReviewDate)
                .orElseThrow(() -> new IllegalStateException("Record " + recordId + " has no planned review"));
    }

    @Transactional(readOnly = true)
    public LocalDate reviewReminderDate(long recordId) {
        return reviewDate(recordId).minusDays(REVIEW_REMINDER_DAYS_BEFORE);
    }

    /** Code 6.65: the parent-meeting check runs once a term, for as long as the pupil is on SEN support. */
    public String meetingCheckCycle() {
        return "R/P" + (termWeeks * 7) + "D";
    }

    /** Code 6.43: the pupil is on the SEN register at SEN support (census code K). */
    public void placed(long recordId) {
        Child child = pupils.record(recordId).getChild();
        if (child.getSenStatus() != SenStatus.EHC_PLAN) {
            child.setSenStatus(SenStatus.SEN_SUPPORT);
            directory.save(child);
        }
    }

    /** Needs met: off SEN support; the review's notes are the reason. */
    public void left(long recordId) {
        SenSupportRecord record = pupils.record(recordId);
        String reason = cycles.findFirstByRecordIdOrderByNumberDesc(recordId).map(SupportCycle::getReviewNotes).orElse(null);
        record.leave(today(), reason == null ? null : reason.substring(0, Math.min(reason.length(), 2000)));
        Child child = record.getChild();
        if (child.getSenStatus() == SenStatus.SEN_SUPPORT) {
            child.setSenStatus(SenStatus.NONE);
            directory.save(child);
        }
    }

    /** Sends the request the SENCO made (or the review chose) to the LA through the assessment service. */
    public long sendRequest(long recordId) {
        SenSupportRecord record = pupils.record(recordId);
        String reasons = record.getRequestReasons();
        String gaps = record.getRequestGaps();
        if (reasons == null) {
            // chosen at a review completed outside the school's screens: the review's findings are the reasons
            reasons = cycles.findFirstByRecordIdOrderByNumberDesc(recordId).map(SupportCycle::getReviewNotes)
                    .orElse("SEN support has not secured expected progress");
            gaps = evidence.of(record).gapsText();
        }
        CurrentUser senco = requester(record);
        AssessmentCase c = assessments.submitRequest(new Commands.NewRequest(record.getChild().getId(), RequestedBy.SCHOOL,
                null, reasons, null, gaps), senco);
        record.requestSent(c.getId(), today());
        record.requestPending(null, null, null);
        return c.getId();
    }

    public void remindReview(long recordId) {
        SenSupportRecord record = pupils.record(recordId);
        LocalDate due = reviewDate(recordId);
        record.reviewReminded(today());
        tellSencos(record, "SEN support review due " + DateFormats.full(due),
                "A review of SEN support (Code 6.52) for a pupil on your SEN register (record " + recordId + ") is due on "
                        + DateFormats.full(due) + ". Please arrange it with the parents and the pupil.");
    }

    /** Code 6.65: reminds the SENCO when a term has passed without a recorded meeting with the parents. */
    public boolean remindMeetingIfNone(long recordId) {
        SenSupportRecord record = pupils.record(recordId);
        LocalDate termAgo = today().minusWeeks(termWeeks);
        if (!record.isOnSenSupport() || meetings.existsByRecordIdAndHeldOnGreaterThanEqual(recordId, termAgo)) {
            return false;
        }
        record.meetingReminded(today());
        tellSencos(record, "Meeting with parents due",
                "No meeting with the parents of a pupil on your SEN register (record " + recordId + ") has been recorded this term."
                        + " Schools should meet parents at least three times a year (Code 6.65).");
        return true;
    }

    private CurrentUser requester(SenSupportRecord record) {
        String username = record.getRequestBy();
        if (username == null) {
            Long schoolId = record.getChild().getSchool() == null ? record.getSchool().getId() : record.getChild().getSchool().getId();
            username = sencosOf(schoolId).stream().findFirst().map(AppUser::getUsername)
                    .orElseThrow(() -> new ConflictException("The school has no SENCO to make the request"));
        }
        return ((EhcUserDetails) users.loadUserByUsername(username)).user();
    }

    private void tellSencos(SenSupportRecord record, String subject, String body) {
        Child child = record.getChild();
        long schoolId = child.getSchool() != null ? child.getSchool().getId() : record.getSchool().getId();
        for (AppUser senco : sencosOf(schoolId)) {
            if (senco.getEmail() != null) {
                mail.queue(null, senco.getEmail(), subject, body + "\n\nSign in to see the pupil: " + signInUrl);
            }
        }
    }

    private List<AppUser> sencosOf(long schoolId) {
        return directory.usersOfSchool(schoolId, Role.SENCO);
    }
}
