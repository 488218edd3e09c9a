package uk.ehctracker.support;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What a school's request would carry from the pupil's SEN support, and what is missing. */
@Component
class SupportEvidence {

    private final SupportCycleRepository cycles;
    private final SpecialistInvolvementRepository specialists;
    private final ParentMeetingRepository meetings;

    SupportEvidence(SupportCycleRepository cycles, SpecialistInvolvementRepository specialists, ParentMeetingRepository meetings) {
        this.cycles = cycles;
        this.specialists = specialists;
        this.meetings = meetings;
    }

    EvidenceChecklist of(SenSupportRecord record) {
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

}
