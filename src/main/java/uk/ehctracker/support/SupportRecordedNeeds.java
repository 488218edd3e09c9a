package uk.ehctracker.support;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.assessment.RecordedNeeds;

/** {@link RecordedNeeds} from the pupil's SEN support record: the needs the school recorded. */
@Component
@Transactional(readOnly = true)
class SupportRecordedNeeds implements RecordedNeeds {

    /** reg 6; docs/law.md s5: hearing, vision or multi-sensory impairment (census HI, VI, MSI). */
    static final Set<NeedType> SENSORY = EnumSet.of(NeedType.HI, NeedType.VI, NeedType.MSI);

    private final SenSupportRecordRepository records;
    private final SenNeedRepository needs;

    SupportRecordedNeeds(SenSupportRecordRepository records, SenNeedRepository needs) {
        this.records = records;
        this.needs = needs;
    }

    @Override
    public boolean hasSensoryImpairment(long childId) {
        return records.findByChildId(childId)
                .map(r -> needs.findByRecordIdOrderByRankAsc(r.getId()).stream().anyMatch(n -> SENSORY.contains(n.getNeedType())))
                .orElse(false);
    }
}
