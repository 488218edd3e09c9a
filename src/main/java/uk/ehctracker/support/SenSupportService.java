package uk.ehctracker.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.audit.Audited;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.SenStatus;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * SEN support in school (Code chapter 6): the commands on a pupil's SEN support record. Each
 * checks its input and the SENCO's right to act, records, and moves the pupil's
 * {@code sen-support} process, in one transaction, with one audit entry. The SENCO acts for the
 * pupil's current school; entries keep the school that recorded them, so a pupil who moves keeps
 * their history. Reads are in {@link SenSupportQueries}; what the process asks, in
 * {@link SenSupportProcessSteps}.
 */
@Service
@Transactional
public class SenSupportService {

    private final SenSupportRecordRepository records;
    private final SenNeedRepository needs;
    private final SupportCycleRepository cycles;
    private final ProvisionItemRepository provision;
    private final SpecialistInvolvementRepository specialists;
    private final ParentMeetingRepository meetings;
    private final PupilRecords pupils;
    private final SupportEvidence evidence;
    private final SupportProcess process;
    private final AssessmentService assessments;
    private final Clock clock;

    SenSupportService(SenSupportRecordRepository records, SenNeedRepository needs, SupportCycleRepository cycles,
            ProvisionItemRepository provision, SpecialistInvolvementRepository specialists,
            ParentMeetingRepository meetings, PupilRecords pupils, SupportEvidence evidence, SupportProcess process,
            AssessmentService assessments, Clock clock) {
        this.records = records;
        this.needs = needs;
        this.cycles = cycles;
        this.provision = provision;
        this.specialists = specialists;
        this.meetings = meetings;
        this.pupils = pupils;
        this.evidence = evidence;
        this.process = process;
        this.assessments = assessments;
        this.clock = clock;
    }

    private LocalDate today() {
        return StatutoryClock.today(clock);
    }

    // ---- placing a pupil on SEN support (Code 6.43) ----

    @Audited("Placed on SEN support")
    public SenSupportRecord placeOnSenSupport(long childId, SupportCommands.Place cmd, CurrentUser by) {
        Child child = pupils.schoolPupil(childId, by);
        LocalDate today = today();
        needsChecks(new Checks(), cmd.needsInRankOrder() == null ? List.of() : cmd.needsInRankOrder())
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
    @Audited("Needs recorded")
    public SenSupportRecord recordNeeds(long childId, List<NeedType> inRankOrder, CurrentUser by) {
        Child child = pupils.schoolPupil(childId, by);
        SenSupportRecord record = pupils.recordOf(child);
        needsChecks(new Checks().when(inRankOrder == null || inRankOrder.isEmpty(), "needs", "Choose at least one type of need"),
                inRankOrder == null ? List.of() : inRankOrder)
                .throwIfAny();
        saveNeeds(record, child.getSchool().getId(), inRankOrder);
        return record;
    }

    /** The needs in rank order, when placing a pupil or after: no blank entry, no type chosen twice. */
    private static Checks needsChecks(Checks checks, List<NeedType> inRankOrder) {
        return checks
                // not contains(null): an immutable list throws on it
                .when(inRankOrder.stream().anyMatch(Objects::isNull), "needs", "Choose a type of need")
                .when(new LinkedHashSet<>(inRankOrder).size() != inRankOrder.size(), "needs", "Each type of need can be chosen once");
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

    @Audited("Needs assessed")
    public SupportCycle assess(long childId, SupportCommands.Assess cmd, CurrentUser by) {
        Child child = pupils.schoolPupil(childId, by);
        SenSupportRecord record = pupils.recordOf(child);
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

    /**
     * The family's views for the review of the cycle running now, from the family themselves
     * (Code 6.65-6.71: parents take part in each review). The school reads them before it reviews.
     */
    @Audited("Family's views for the SEN support review sent")
    public SupportCycle giveFamilyViewsForReview(long childId, String views, CurrentUser by) {
        if (!by.is(uk.ehctracker.directory.Role.PARENT)) {
            throw new uk.ehctracker.common.NotFoundException("Pupil");
        }
        Child child = pupils.visibleChild(childId, by);
        SenSupportRecord record = pupils.recordOf(child);
        String text = Checks.clean(views);
        new Checks().text("familyViews", text, "Your views").throwIfAny();
        SupportCycle cycle = pupils.currentCycle(record);
        cycle.familyViewsForReview(text, today());
        return cycle;
    }

    @Audited("Support planned")
    public SupportCycle plan(long childId, SupportCommands.Plan cmd, CurrentUser by) {
        Child child = pupils.schoolPupil(childId, by);
        SenSupportRecord record = pupils.recordOf(child);
        SupportCycle cycle = pupils.currentCycle(record);
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
    @Audited("Review brought forward")
    public SenSupportRecord bringReviewForward(long childId, CurrentUser by) {
        Child child = pupils.schoolPupil(childId, by);
        SenSupportRecord record = pupils.recordOf(child);
        if (!process.isDelivering(record.getId())) {
            throw new ConflictException("There is no planned review to bring forward");
        }
        process.message(record.getId(), SenSupportNames.Messages.REVIEW_BROUGHT_FORWARD);
        return record;
    }

    @Audited("Support reviewed")
    public SupportCycle review(long childId, SupportCommands.Review cmd, CurrentUser by) {
        Child child = pupils.schoolPupil(childId, by);
        SenSupportRecord record = pupils.recordOf(child);
        SupportCycle cycle = pupils.currentCycle(record);
        String notes = Checks.clean(cmd.notes());
        new Checks()
                .require("reviewOutcome", cmd.outcome(), "What happens next")
                .text("reviewNotes", notes, "What the review found")
                .throwIfAny();
        cycle.reviewed(cmd.outcome(), notes, today());
        if (cmd.outcome() == ReviewOutcome.REQUEST_ASSESSMENT) {
            // the request carries the review's findings and the gaps in the evidence as they stand now
            record.requestPending(notes, evidence.of(record).gapsText(), by.username());
        }
        process.complete(record.getId(), SenSupportNames.Tasks.REVIEW_CYCLE,
                Map.of(SenSupportNames.Variables.REVIEW_OUTCOME, cmd.outcome().name()));
        return cycle;
    }

    // ---- specialists (Code 6.58-6.59) ----

    @Audited("Specialist involvement decided")
    public SpecialistInvolvement agreeSpecialist(long childId, SupportCommands.AgreeSpecialist cmd, CurrentUser by) {
        Child child = pupils.schoolPupil(childId, by);
        SenSupportRecord record = pupils.recordOf(child);
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

    @Audited("Specialist advice recorded")
    public SpecialistInvolvement recordSpecialistAdvice(long childId, SupportCommands.SpecialistAdvice cmd, CurrentUser by) {
        Child child = pupils.schoolPupil(childId, by);
        SenSupportRecord record = pupils.recordOf(child);
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

    @Audited("Provision added")
    public ProvisionItem addProvision(long childId, SupportCommands.AddProvision cmd, CurrentUser by) {
        Child child = pupils.schoolPupil(childId, by);
        SenSupportRecord record = pupils.recordOf(child);
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

    @Audited("Meeting with parents recorded")
    public ParentMeeting recordMeeting(long childId, SupportCommands.Meeting cmd, CurrentUser by) {
        Child child = pupils.schoolPupil(childId, by);
        SenSupportRecord record = pupils.recordOf(child);
        String notes = Checks.clean(cmd.notes());
        new Checks()
                .require("heldOn", cmd.heldOn(), "Date of the meeting")
                .notAfter("heldOn", cmd.heldOn(), today(), "Date of the meeting", "today")
                .text("notes", notes, "Notes")
                .throwIfAny();
        return meetings.save(new ParentMeeting(record.getId(), child.getSchool().getId(), cmd.heldOn(), notes, by.username()));
    }

    /**
     * A school's request for an EHC needs assessment, with the evidence gaps as they stand. Where
     * the pupil's SEN support process runs, it makes the request (and the cycle goes on);
     * otherwise the request goes straight to the assessment service. Returns the case.
     */
    @Audited("Request for an EHC needs assessment sent by the school")
    public AssessmentCase requestAssessment(long childId, String reasons, CurrentUser by) {
        Child child = pupils.schoolPupil(childId, by);
        String why = Checks.clean(reasons);
        new Checks().text("reasons", why, "Why you are asking for an assessment").throwIfAny();
        SenSupportRecord record = records.findByChildId(childId).orElse(null);
        String gaps = evidence.of(record).gapsText();
        if (record != null && process.isRunning(record.getId())) {
            record.requestPending(why, gaps, by.username());
            process.message(record.getId(), SenSupportNames.Messages.ASSESSMENT_REQUESTED);
            return assessments.visibleCase(Objects.requireNonNull(record.getRequestCaseId(), "the process sent no request"), by);
        }
        AssessmentCase c = assessments.submitRequest(new Commands.NewRequest(child.getId(), RequestedBy.SCHOOL, null, why,
                null, gaps), by);
        if (record != null) {
            record.requestSent(c.getId(), today());
        }
        return c;
    }
}
