package uk.ehctracker.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CandidateGroups;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.EhcUserDetails;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Role;
import uk.ehctracker.directory.School;
import uk.ehctracker.directory.SenStatus;
import uk.ehctracker.letters.MailOutbox;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * SEN support in school (Code chapter 6): the one door for a pupil's SEN support record. Each
 * command checks its input and the SENCO's right to act, records, and moves the pupil's
 * {@code sen-support} process, in one transaction. The SENCO acts for the pupil's current school;
 * entries keep the school that recorded them, so a pupil who moves keeps their history.
 */
@Service
@Transactional
public class SenSupportService {

    /**
     * The nationally prescribed threshold: schools meet the cost of SEN provision up to £6,000
     * per pupil per year from their notional SEN budget (STATUTORY.md section 1).
     */
    public static final BigDecimal NOTIONAL_SEN_BUDGET_THRESHOLD = new BigDecimal("6000.00");

    /** A review reminder goes out this many days before the review date. */
    public static final int REVIEW_REMINDER_DAYS_BEFORE = 7;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final SenSupportRecordRepository records;
    private final SenNeedRepository needs;
    private final SupportCycleRepository cycles;
    private final ProvisionItemRepository provision;
    private final SpecialistInvolvementRepository specialists;
    private final ParentMeetingRepository meetings;
    private final SenRegisterQueries register;
    private final SupportProcess process;
    private final AssessmentService assessments;
    private final DirectoryService directory;
    private final AccessPolicy access;
    private final UserDetailsService users;
    private final MailOutbox mail;
    private final Clock clock;
    private final int termWeeks;
    private final String signInUrl;

    SenSupportService(SenSupportRecordRepository records, SenNeedRepository needs, SupportCycleRepository cycles,
            ProvisionItemRepository provision, SpecialistInvolvementRepository specialists,
            ParentMeetingRepository meetings, SenRegisterQueries register, SupportProcess process,
            AssessmentService assessments, DirectoryService directory, AccessPolicy access, UserDetailsService users,
            MailOutbox mail, Clock clock,
            @Value("${ehc.sen-support.term-weeks:13}") int termWeeks,
            @Value("${ehc.public-url:http://localhost:8080}") String publicUrl) {
        this.records = records;
        this.needs = needs;
        this.cycles = cycles;
        this.provision = provision;
        this.specialists = specialists;
        this.meetings = meetings;
        this.register = register;
        this.process = process;
        this.assessments = assessments;
        this.directory = directory;
        this.access = access;
        this.users = users;
        this.mail = mail;
        this.clock = clock;
        this.termWeeks = termWeeks;
        this.signInUrl = publicUrl + "/school";
    }

    private LocalDate today() {
        return StatutoryClock.today(clock);
    }

    // ---- placing a pupil on SEN support (Code 6.43) ----

    public SenSupportRecord placeOnSenSupport(long childId, SupportCommands.Place cmd, CurrentUser by) {
        Child child = schoolPupil(childId, by);
        LocalDate today = today();
        new Checks()
                .require("placedOn", cmd.placedOn(), "Placed on SEN support on")
                .notAfter("placedOn", cmd.placedOn(), today, "Placed on SEN support on", "today")
                .notBefore("placedOn", cmd.placedOn(), child.getDateOfBirth(), "Placed on SEN support on", "the date of birth")
                .require("parentsToldOn", cmd.parentsToldOn(), "Parents told on")
                .notAfter("parentsToldOn", cmd.parentsToldOn(), today, "Parents told on", "today")
                .notBefore("parentsToldOn", cmd.parentsToldOn(), cmd.placedOn(), "Parents told on", "the day the pupil was placed on SEN support")
                .when(child.getSenStatus() == SenStatus.EHC_PLAN, "placedOn",
                        "This pupil has an EHC plan; SEN support is for pupils without one")
                .throwIfAny();
        SenSupportRecord record = records.findByChildId(childId).orElse(null);
        if (record != null && (record.isOnSenSupport() || process.isRunning(record.getId()))) {
            throw new ConflictException(child.getFirstName() + " is already on SEN support");
        }
        if (record == null) {
            record = records.save(new SenSupportRecord(child, child.getSchool(), cmd.placedOn(), cmd.parentsToldOn(),
                    by.username(), clock.instant()));
        } else {
            record.placeAgain(child.getSchool(), cmd.placedOn(), cmd.parentsToldOn());
        }
        if (cmd.needsInRankOrder() != null && !cmd.needsInRankOrder().isEmpty()) {
            saveNeeds(record, child.getSchool().getId(), cmd.needsInRankOrder());
        }
        process.start(record.getId());
        return record;
    }

    /** The pupil's needs, most significant first (rank 1 is the primary need, as SEN2 records it). */
    public List<SenNeed> recordNeeds(long childId, List<NeedType> inRankOrder, CurrentUser by) {
        Child child = schoolPupil(childId, by);
        SenSupportRecord record = recordOf(child);
        new Checks()
                .when(inRankOrder == null || inRankOrder.isEmpty(), "needs", "Choose at least one type of need")
                .when(inRankOrder != null && inRankOrder.contains(null), "needs", "Choose a type of need")
                .when(inRankOrder != null && new LinkedHashSet<>(inRankOrder).size() != inRankOrder.size(), "needs",
                        "Each type of need can be chosen once")
                .throwIfAny();
        return saveNeeds(record, child.getSchool().getId(), inRankOrder);
    }

    private List<SenNeed> saveNeeds(SenSupportRecord record, long schoolId, List<NeedType> inRankOrder) {
        needs.deleteByRecordId(record.getId());
        needs.flush();
        List<SenNeed> saved = new ArrayList<>();
        int rank = 1;
        for (NeedType type : new LinkedHashSet<>(inRankOrder)) {
            saved.add(needs.save(new SenNeed(record.getId(), type, rank++, schoolId, today())));
        }
        return saved;
    }

    // ---- the cycle: assess, plan, do, review (Code 6.44-6.56) ----

    public SupportCycle assess(long childId, SupportCommands.Assess cmd, CurrentUser by) {
        Child child = schoolPupil(childId, by);
        SenSupportRecord record = recordOf(child);
        String notes = Checks.clean(cmd.notes());
        new Checks()
                .text("assessNotes", notes, "What the assessment found")
                .maxLength("attainment", cmd.attainment(), Checks.LONG_TEXT, "Attainment and progress")
                .maxLength("pupilViews", cmd.pupilViews(), Checks.LONG_TEXT, "The pupil's views")
                .maxLength("parentViews", cmd.parentViews(), Checks.LONG_TEXT, "The parents' views")
                .throwIfAny();
        int number = cycles.findFirstByRecordIdOrderByNumberDesc(record.getId()).map(SupportCycle::getNumber).orElse(0) + 1;
        SupportCycle cycle = cycles.save(new SupportCycle(record.getId(), number, child.getSchool().getId(), today()));
        cycle.assessed(notes, Checks.clean(cmd.attainment()), Checks.clean(cmd.pupilViews()), Checks.clean(cmd.parentViews()));
        process.complete(record.getId(), SenSupportNames.Tasks.ASSESS_NEEDS, Map.of());
        return cycle;
    }

    public SupportCycle plan(long childId, SupportCommands.Plan cmd, CurrentUser by) {
        Child child = schoolPupil(childId, by);
        SenSupportRecord record = recordOf(child);
        SupportCycle cycle = currentCycle(record);
        String outcomes = Checks.clean(cmd.outcomes());
        String planned = Checks.clean(cmd.provision());
        new Checks()
                .text("outcomes", outcomes, "Outcomes")
                .text("provision", planned, "Provision")
                .require("reviewDate", cmd.reviewDate(), "Review date")
                .when(cmd.reviewDate() != null && !cmd.reviewDate().isAfter(today()), "reviewDate", "The review date must be after today")
                .throwIfAny();
        cycle.planned(outcomes, planned, cmd.reviewDate(), today());
        process.complete(record.getId(), SenSupportNames.Tasks.PLAN_SUPPORT, Map.of());
        return cycle;
    }

    /** Reviews early: the "do" phase ends now instead of on the review date. */
    public void bringReviewForward(long childId, CurrentUser by) {
        Child child = schoolPupil(childId, by);
        SenSupportRecord record = recordOf(child);
        if (!process.isDelivering(record.getId())) {
            throw new ConflictException("There is no planned review to bring forward");
        }
        process.message(record.getId(), SenSupportNames.Messages.REVIEW_BROUGHT_FORWARD);
    }

    public SupportCycle review(long childId, SupportCommands.Review cmd, CurrentUser by) {
        Child child = schoolPupil(childId, by);
        SenSupportRecord record = recordOf(child);
        SupportCycle cycle = currentCycle(record);
        String notes = Checks.clean(cmd.notes());
        new Checks()
                .require("reviewOutcome", cmd.outcome(), "What happens next")
                .text("reviewNotes", notes, "What the review found")
                .throwIfAny();
        cycle.reviewed(cmd.outcome(), notes, today());
        if (cmd.outcome() == ReviewOutcome.REQUEST_ASSESSMENT) {
            // the request carries the review's findings and the gaps in the evidence as they stand now
            record.requestPending(notes, evidenceOf(record).gapsText(), by.username());
        }
        process.complete(record.getId(), SenSupportNames.Tasks.REVIEW_CYCLE,
                Map.of(SenSupportNames.Variables.REVIEW_OUTCOME, cmd.outcome().name()));
        return cycle;
    }

    // ---- specialists (Code 6.58-6.59) ----

    public SpecialistInvolvement agreeSpecialist(long childId, SupportCommands.AgreeSpecialist cmd, CurrentUser by) {
        Child child = schoolPupil(childId, by);
        SenSupportRecord record = recordOf(child);
        new Checks()
                .require("specialistKind", cmd.kind(), "Specialist")
                .require("decidedOn", cmd.decidedOn(), "Date the parents decided")
                .notAfter("decidedOn", cmd.decidedOn(), today(), "Date the parents decided", "today")
                .throwIfAny();
        SpecialistInvolvement involvement = specialists.save(new SpecialistInvolvement(record.getId(),
                child.getSchool().getId(), cmd.kind(), cmd.parentsAgree(), cmd.decidedOn()));
        process.complete(record.getId(), SenSupportNames.Tasks.AGREE_SPECIALIST_INVOLVEMENT,
                Map.of(SenSupportNames.Variables.PARENTS_AGREE, cmd.parentsAgree() ? "YES" : "NO"));
        return involvement;
    }

    public SpecialistInvolvement recordSpecialistAdvice(long childId, SupportCommands.SpecialistAdvice cmd, CurrentUser by) {
        Child child = schoolPupil(childId, by);
        SenSupportRecord record = recordOf(child);
        SpecialistInvolvement involvement = specialists
                .findFirstByRecordIdAndParentsAgreedTrueAndAdviceIsNullOrderByIdDesc(record.getId())
                .orElseThrow(() -> new ConflictException("No specialist's advice is awaited"));
        String advice = Checks.clean(cmd.advice());
        new Checks()
                .text("advice", advice, "The specialist's advice")
                .require("reportDate", cmd.reportDate(), "Date of the report")
                .notAfter("reportDate", cmd.reportDate(), today(), "Date of the report", "today")
                .notBefore("reportDate", cmd.reportDate(), involvement.getParentsAgreedOn(), "Date of the report", "the parents' agreement")
                .throwIfAny();
        involvement.adviceGiven(advice, cmd.reportDate());
        process.complete(record.getId(), SenSupportNames.Tasks.RECORD_SPECIALIST_ADVICE, Map.of());
        return involvement;
    }

    // ---- provision map and parent meetings ----

    public ProvisionItem addProvision(long childId, SupportCommands.AddProvision cmd, CurrentUser by) {
        Child child = schoolPupil(childId, by);
        SenSupportRecord record = recordOf(child);
        String intervention = Checks.clean(cmd.intervention());
        String frequency = Checks.clean(cmd.frequency());
        String staff = Checks.clean(cmd.staff());
        new Checks()
                .require("intervention", intervention, "Intervention")
                .maxLength("intervention", intervention, 200, "Intervention")
                .require("delivery", cmd.delivery(), "Group or individual")
                .require("frequency", frequency, "How often")
                .maxLength("frequency", frequency, 200, "How often")
                .require("staff", staff, "Staff")
                .maxLength("staff", staff, 200, "Staff")
                .require("startOn", cmd.startOn(), "Start date")
                .notBefore("endOn", cmd.endOn(), cmd.startOn(), "End date", "the start date")
                .require("yearlyCost", cmd.yearlyCost(), "Yearly cost")
                .when(cmd.yearlyCost() != null && cmd.yearlyCost().signum() < 0, "yearlyCost", "The yearly cost cannot be negative")
                .when(cmd.yearlyCost() != null && cmd.yearlyCost().compareTo(new BigDecimal("99999999.99")) > 0, "yearlyCost",
                        "The yearly cost is too large")
                .throwIfAny();
        return provision.save(new ProvisionItem(record.getId(), child.getSchool().getId(), intervention, cmd.delivery(),
                frequency, staff, cmd.startOn(), cmd.endOn(), cmd.yearlyCost().setScale(2, java.math.RoundingMode.HALF_UP)));
    }

    public ParentMeeting recordMeeting(long childId, SupportCommands.Meeting cmd, CurrentUser by) {
        Child child = schoolPupil(childId, by);
        SenSupportRecord record = recordOf(child);
        String notes = Checks.clean(cmd.notes());
        new Checks()
                .require("heldOn", cmd.heldOn(), "Date of the meeting")
                .notAfter("heldOn", cmd.heldOn(), today(), "Date of the meeting", "today")
                .text("notes", notes, "Notes")
                .throwIfAny();
        return meetings.save(new ParentMeeting(record.getId(), child.getSchool().getId(), cmd.heldOn(), notes, by.username()));
    }

    /** The pupil's yearly cost: every intervention running on the date, against the £6,000 threshold. */
    public static BigDecimal yearlyCost(List<ProvisionItem> items, LocalDate on) {
        return items.stream().filter(i -> i.isRunningOn(on)).map(ProvisionItem::getYearlyCost)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    // ---- the request (CFA s36(1)) ----

    /** What the request would carry, and what is missing. */
    @Transactional(readOnly = true)
    public EvidenceChecklist evidence(long childId, CurrentUser by) {
        Child child = schoolPupil(childId, by);
        return records.findByChildId(child.getId()).map(this::evidenceOf)
                .orElseGet(() -> evidenceOf(null));
    }

    /**
     * A school's request for an EHC needs assessment, with the evidence gaps as they stand. Where
     * the pupil's SEN support process runs, it makes the request (and the cycle goes on);
     * otherwise the request goes straight to the assessment service. Returns the case id.
     */
    public long requestAssessment(long childId, String reasons, CurrentUser by) {
        Child child = schoolPupil(childId, by);
        String why = Checks.clean(reasons);
        new Checks().text("reasons", why, "Why you are asking for an assessment").throwIfAny();
        SenSupportRecord record = records.findByChildId(childId).orElse(null);
        String gaps = evidenceOf(record).gapsText();
        if (record != null && process.isRunning(record.getId())) {
            record.requestPending(why, gaps, by.username());
            process.message(record.getId(), SenSupportNames.Messages.ASSESSMENT_REQUESTED);
            return Objects.requireNonNull(record.getRequestCaseId(), "the process sent no request");
        }
        AssessmentCase c = assessments.submitRequest(new Commands.NewRequest(child.getId(), RequestedBy.SCHOOL, null, why,
                null, gaps), by);
        if (record != null) {
            record.requestSent(c.getId(), today());
        }
        return c.getId();
    }

    // ---- reads for the screens ----

    @Transactional(readOnly = true)
    public SupportViews.PupilSupport pupil(long childId, CurrentUser by) {
        Child child = visibleChild(childId, by);
        SenSupportRecord record = records.findByChildId(childId).orElse(null);
        LocalDate today = today();
        if (record == null) {
            return new SupportViews.PupilSupport(child.getId(), child.getFullName(), child.getDateOfBirth(),
                    child.yearGroupOn(today), schoolName(child), child.getSenStatus(), null, List.of(), List.of(), List.of(),
                    BigDecimal.ZERO.setScale(2), List.of(), List.of(), List.of(), false, false);
        }
        long id = record.getId();
        List<ProvisionItem> items = provision.findByRecordIdOrderByStartOnAsc(id);
        boolean running = process.isRunning(id);
        return new SupportViews.PupilSupport(child.getId(), child.getFullName(), child.getDateOfBirth(),
                child.yearGroupOn(today), schoolName(child), child.getSenStatus(), record,
                needs.findByRecordIdOrderByRankAsc(id), cycles.findByRecordIdOrderByNumberAsc(id), items,
                yearlyCost(items, today), specialists.findByRecordIdOrderByParentsAgreedOnAsc(id),
                meetings.findByRecordIdOrderByHeldOnAsc(id), running ? process.openSteps(id) : List.of(),
                running && process.isDelivering(id), running);
    }

    /** The school's SEN register, filtered in the query to the SENCO's school. */
    @Transactional(readOnly = true)
    public List<SupportViews.RegisterRow> register(SupportViews.RegisterFilter filter, CurrentUser by) {
        long schoolId = senco(by);
        LocalDate today = today();
        List<Child> pupils = register.register(schoolId, filter == null ? SupportViews.RegisterFilter.all() : filter, today);
        if (pupils.isEmpty()) {
            return List.of();
        }
        Map<Long, SenSupportRecord> recordByChild = records.findByChildIdIn(pupils.stream().map(Child::getId).toList())
                .stream().collect(Collectors.toMap(r -> r.getChild().getId(), Function.identity()));
        List<Long> recordIds = recordByChild.values().stream().map(SenSupportRecord::getId).toList();
        Map<Long, List<SenNeed>> needsByRecord = recordIds.isEmpty() ? Map.of()
                : needs.findByRecordIdInOrderByRankAsc(recordIds).stream().collect(Collectors.groupingBy(SenNeed::getRecordId));
        Map<Long, List<SupportCycle>> cyclesByRecord = recordIds.isEmpty() ? Map.of()
                : cycles.findByRecordIdInOrderByNumberAsc(recordIds).stream().collect(Collectors.groupingBy(SupportCycle::getRecordId));
        Map<Long, List<ProvisionItem>> provisionByRecord = recordIds.isEmpty() ? Map.of()
                : provision.findByRecordIdIn(recordIds).stream().collect(Collectors.groupingBy(ProvisionItem::getRecordId));
        List<SupportViews.RegisterRow> rows = new ArrayList<>();
        for (Child c : pupils) {
            SenSupportRecord r = recordByChild.get(c.getId());
            Long rid = r == null ? null : r.getId();
            List<SenNeed> ns = rid == null ? List.of() : needsByRecord.getOrDefault(rid, List.of());
            List<SupportCycle> cs = rid == null ? List.of() : cyclesByRecord.getOrDefault(rid, List.of());
            List<ProvisionItem> ps = rid == null ? List.of() : provisionByRecord.getOrDefault(rid, List.of());
            LocalDate nextReview = cs.stream().filter(y -> !y.isComplete() && y.getReviewDate() != null)
                    .map(SupportCycle::getReviewDate).findFirst().orElse(null);
            boolean due = nextReview != null && !nextReview.isAfter(today.plusDays(SenRegisterQueries.REVIEW_DUE_WITHIN_DAYS));
            rows.add(new SupportViews.RegisterRow(c.getId(), c.getFullName(), c.yearGroupOn(today), c.getSenStatus(),
                    ns.isEmpty() ? null : ns.get(0).getNeedType(),
                    ns.stream().map(n -> n.getNeedType().name()).collect(Collectors.joining(", ")),
                    nextReview, due, (int) cs.stream().filter(SupportCycle::isComplete).count(), yearlyCost(ps, today), rid));
        }
        return rows;
    }

    /** The school's provision map: every intervention this school recorded, with its yearly cost. */
    @Transactional(readOnly = true)
    public List<SupportViews.ProvisionMapRow> provisionMap(CurrentUser by) {
        long schoolId = senco(by);
        List<ProvisionItem> items = provision.findBySchoolIdOrderByInterventionAsc(schoolId);
        Map<Long, SenSupportRecord> byId = new HashMap<>();
        records.findAllById(items.stream().map(ProvisionItem::getRecordId).distinct().toList())
                .forEach(r -> byId.put(r.getId(), r));
        return items.stream().map(i -> {
            Child c = byId.get(i.getRecordId()).getChild();
            return new SupportViews.ProvisionMapRow(c.getId(), c.getFullName(), i.getIntervention(), i.getDelivery(),
                    i.getFrequency(), i.getStaff(), i.getStartOn(), i.getEndOn(), i.getYearlyCost());
        }).toList();
    }

    /** The school's pupils not on the SEN register: those a SENCO may place on SEN support. */
    @Transactional(readOnly = true)
    public List<SupportViews.RegisterRow> pupilsNotOnRegister(CurrentUser by) {
        long schoolId = senco(by);
        LocalDate today = today();
        return register.notOnRegister(schoolId).stream()
                .map(c -> new SupportViews.RegisterRow(c.getId(), c.getFullName(), c.yearGroupOn(today), c.getSenStatus(),
                        null, "", null, false, 0, BigDecimal.ZERO.setScale(2), null))
                .toList();
    }

    // ---- what the process asks (bpmn/sen-support.bpmn, through SenSupportDelegate) ----

    /** The candidate group of the pupil's current school: a pupil who moves takes their next task with them. */
    @Transactional(readOnly = true)
    public String schoolGroup(long recordId) {
        School school = record(recordId).getChild().getSchool();
        return CandidateGroups.school(school != null ? school.getId() : record(recordId).getSchool().getId());
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
        Child child = record(recordId).getChild();
        if (child.getSenStatus() != SenStatus.EHC_PLAN) {
            child.setSenStatus(SenStatus.SEN_SUPPORT);
            directory.save(child);
        }
    }

    /** Needs met: off SEN support; the review's notes are the reason. */
    public void left(long recordId) {
        SenSupportRecord record = record(recordId);
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
        SenSupportRecord record = record(recordId);
        String reasons = record.getRequestReasons();
        String gaps = record.getRequestGaps();
        if (reasons == null) {
            // chosen at a review completed outside the school's screens: the review's findings are the reasons
            reasons = cycles.findFirstByRecordIdOrderByNumberDesc(recordId).map(SupportCycle::getReviewNotes)
                    .orElse("SEN support has not secured expected progress");
            gaps = evidenceOf(record).gapsText();
        }
        CurrentUser senco = requester(record);
        AssessmentCase c = assessments.submitRequest(new Commands.NewRequest(record.getChild().getId(), RequestedBy.SCHOOL,
                null, reasons, null, gaps), senco);
        record.requestSent(c.getId(), today());
        record.requestPending(null, null, null);
        return c.getId();
    }

    public void remindReview(long recordId) {
        SenSupportRecord record = record(recordId);
        LocalDate due = reviewDate(recordId);
        record.reviewReminded(today());
        tellSencos(record, "SEN support review due " + DAY.format(due),
                "A review of SEN support (Code 6.52) for a pupil on your SEN register (record " + recordId + ") is due on "
                        + DAY.format(due) + ". Please arrange it with the parents and the pupil.");
    }

    /** Code 6.65: reminds the SENCO when a term has passed without a recorded meeting with the parents. */
    public boolean remindMeetingIfNone(long recordId) {
        SenSupportRecord record = record(recordId);
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

    // ---- helpers ----

    EvidenceChecklist evidenceOf(SenSupportRecord record) {
        List<SupportCycle> cs = record == null ? List.of() : cycles.findByRecordIdOrderByNumberAsc(record.getId());
        List<SpecialistInvolvement> ss = record == null ? List.of() : specialists.findByRecordIdOrderByParentsAgreedOnAsc(record.getId());
        boolean meetingHeld = record != null && !meetings.findByRecordIdOrderByHeldOnAsc(record.getId()).isEmpty();
        long completed = cs.stream().filter(SupportCycle::isComplete).count();
        List<EvidenceChecklist.Item> items = List.of(
                new EvidenceChecklist.Item(EvidenceChecklist.Kind.CYCLES, completed >= EvidenceChecklist.EXPECTED_CYCLES,
                        completed + " completed"),
                new EvidenceChecklist.Item(EvidenceChecklist.Kind.SPECIALIST_ADVICE, ss.stream().anyMatch(SpecialistInvolvement::hasAdvice),
                        ss.stream().filter(SpecialistInvolvement::hasAdvice).map(s -> s.getKind().label()).collect(Collectors.joining(", "))),
                new EvidenceChecklist.Item(EvidenceChecklist.Kind.PARENT_VIEWS,
                        cs.stream().anyMatch(y -> y.getParentViews() != null) || meetingHeld, null),
                new EvidenceChecklist.Item(EvidenceChecklist.Kind.PUPIL_VIEWS, cs.stream().anyMatch(y -> y.getPupilViews() != null), null),
                new EvidenceChecklist.Item(EvidenceChecklist.Kind.ATTAINMENT, cs.stream().anyMatch(y -> y.getAttainment() != null), null));
        return new EvidenceChecklist(items.stream()
                .map(i -> i.detail() != null && i.detail().isEmpty() ? new EvidenceChecklist.Item(i.kind(), i.present(), null) : i)
                .toList());
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

    private SenSupportRecord record(long recordId) {
        return records.findById(recordId).orElseThrow(() -> new IllegalStateException("No SEN support record " + recordId));
    }

    private SenSupportRecord recordOf(Child child) {
        SenSupportRecord record = records.findByChildId(child.getId())
                .orElseThrow(() -> new ConflictException(child.getFirstName() + " is not on SEN support"));
        if (!record.isOnSenSupport()) {
            throw new ConflictException(child.getFirstName() + " is not on SEN support");
        }
        return record;
    }

    private SupportCycle currentCycle(SenSupportRecord record) {
        return cycles.findFirstByRecordIdOrderByNumberDesc(record.getId())
                .filter(c -> !c.isComplete())
                .orElseThrow(() -> new ConflictException("No cycle is open: start with the assessment"));
    }

    /** The SENCO's school; other roles have no school register. */
    private static long senco(CurrentUser by) {
        if (by.role() != Role.SENCO || by.schoolId() == null) {
            throw new NotFoundException("School");
        }
        return by.schoolId();
    }

    /** A pupil of the SENCO's own school (anyone else's pupil is "not found"). */
    private Child schoolPupil(long childId, CurrentUser by) {
        long schoolId = senco(by);
        return directory.findChild(childId)
                .filter(c -> c.getSchool() != null && c.getSchool().getId() == schoolId)
                .orElseThrow(() -> new NotFoundException("Pupil"));
    }

    private Child visibleChild(long childId, CurrentUser by) {
        return directory.findChild(childId)
                .filter(c -> access.maySeeChild(by, c.getLocalAuthority().getId(),
                        c.getSchool() == null ? null : c.getSchool().getId(), c.getFamily().getId(), c.getId()))
                .orElseThrow(() -> new NotFoundException("Pupil"));
    }

    private static String schoolName(Child child) {
        return child.getSchool() == null ? null : child.getSchool().getName();
    }
}
