package uk.ehctracker.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.directory.Child;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * Reads of SEN support for the screens and the API, under the access policy: a SENCO's register
 * and provision map are filtered in the query to their school; a pupil's record is "not found"
 * for anyone who may not see the child.
 */
@Service
@Transactional(readOnly = true)
public class SenSupportQueries {

    /**
     * The nationally prescribed threshold: schools meet the cost of SEN provision up to £6,000
     * per pupil per year from their notional SEN budget (docs/law.md s1; school funding rules).
     */
    public static final BigDecimal NOTIONAL_SEN_BUDGET_THRESHOLD = new BigDecimal("6000.00");

    private final SenSupportRecordRepository records;
    private final SenNeedRepository needs;
    private final SupportCycleRepository cycles;
    private final ProvisionItemRepository provision;
    private final SpecialistInvolvementRepository specialists;
    private final ParentMeetingRepository meetings;
    private final SenRegisterQueries register;
    private final PupilRecords pupils;
    private final SupportEvidence evidence;
    private final SupportProcess process;
    private final Clock clock;
    private final AssessmentQueries cases;
    private final AccessPolicy access;

    SenSupportQueries(SenSupportRecordRepository records, SenNeedRepository needs, SupportCycleRepository cycles,
            ProvisionItemRepository provision, SpecialistInvolvementRepository specialists,
            ParentMeetingRepository meetings, SenRegisterQueries register, PupilRecords pupils, SupportEvidence evidence,
            SupportProcess process, Clock clock, AssessmentQueries cases, AccessPolicy access) {
        this.cases = cases;
        this.access = access;
        this.records = records;
        this.needs = needs;
        this.cycles = cycles;
        this.provision = provision;
        this.specialists = specialists;
        this.meetings = meetings;
        this.register = register;
        this.pupils = pupils;
        this.evidence = evidence;
        this.process = process;
        this.clock = clock;
    }

    private LocalDate today() {
        return StatutoryClock.today(clock);
    }

    /** What the request would carry, and what is missing. */
    public EvidenceChecklist evidence(long childId, CurrentUser by) {
        Child child = pupils.schoolPupil(childId, by);
        return records.findByChildId(child.getId()).map(evidence::of)
                .orElseGet(() -> evidence.of(null));
    }

    /** The pupil's yearly cost: every intervention running on the date, against the £6,000 threshold. */
    public static BigDecimal yearlyCost(List<ProvisionItem> items, LocalDate on) {
        return items.stream().filter(i -> i.isRunningOn(on)).map(ProvisionItem::getYearlyCost)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public SupportViews.PupilSupport pupil(long childId, CurrentUser by) {
        return support(pupils.visibleChild(childId, by));
    }

    /**
     * The pupil's SEN support as evidence for a request their school made (Code 9.14: what the
     * school has done), read only, for LA staff of the case's LA (the access policy decides);
     * empty for anyone else, and when the request did not come from a school.
     */
    public java.util.Optional<SupportViews.PupilSupport> evidenceForCase(long caseId, CurrentUser by) {
        AssessmentCase c = cases.visibleCase(caseId, by);
        if (c.getRequestedBy() != RequestedBy.SCHOOL || !access.mayReadSenSupportForCase(by, c.getLocalAuthority().getId())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(support(c.getChild()));
    }

    private SupportViews.PupilSupport support(Child child) {
        long childId = child.getId();
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
    public List<SupportViews.RegisterRow> register(SupportViews.RegisterFilter filter, CurrentUser by) {
        long schoolId = PupilRecords.senco(by);
        LocalDate today = today();
        return rowsOf(register.register(schoolId, filter == null ? SupportViews.RegisterFilter.all() : filter, today), today);
    }

    /** One page of the school's SEN register, filtered and paged in the query. */
    public Page<SupportViews.RegisterRow> register(SupportViews.RegisterFilter filter, int page, int size, CurrentUser by) {
        long schoolId = PupilRecords.senco(by);
        LocalDate today = today();
        Page<Child> pupils = register.register(schoolId, filter == null ? SupportViews.RegisterFilter.all() : filter, today, page, size);
        return new PageImpl<>(rowsOf(pupils.getContent(), today), pupils.getPageable(), pupils.getTotalElements());
    }

    private List<SupportViews.RegisterRow> rowsOf(List<Child> pupils, LocalDate today) {
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
    public List<SupportViews.ProvisionMapRow> provisionMap(CurrentUser by) {
        long schoolId = PupilRecords.senco(by);
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
    public List<SupportViews.RegisterRow> pupilsNotOnRegister(CurrentUser by) {
        long schoolId = PupilRecords.senco(by);
        LocalDate today = today();
        return register.notOnRegister(schoolId).stream()
                .map(c -> new SupportViews.RegisterRow(c.getId(), c.getFullName(), c.yearGroupOn(today), c.getSenStatus(),
                        null, "", null, false, 0, BigDecimal.ZERO.setScale(2), null))
                .toList();
    }

    private static String schoolName(Child child) {
        return child.getSchool() == null ? null : child.getSchool().getName();
    }
}
