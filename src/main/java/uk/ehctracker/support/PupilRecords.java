package uk.ehctracker.support;

import org.springframework.stereotype.Component;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Role;

/**
 * Finds a pupil and their SEN support record for the commands and reads of this package, under
 * the access policy: a SENCO acts for their own school's pupils; anyone else's pupil is "not found".
 */
@Component
class PupilRecords {

    private final SenSupportRecordRepository records;
    private final SupportCycleRepository cycles;
    private final DirectoryService directory;
    private final AccessPolicy access;

    PupilRecords(SenSupportRecordRepository records, SupportCycleRepository cycles, DirectoryService directory,
            AccessPolicy access) {
        this.records = records;
        this.cycles = cycles;
        this.directory = directory;
        this.access = access;
    }

    SenSupportRecord record(long recordId) {
        return records.findById(recordId).orElseThrow(() -> new IllegalStateException("No SEN support record " + recordId));
    }

    SenSupportRecord recordOf(Child child) {
        SenSupportRecord record = records.findByChildId(child.getId())
                .orElseThrow(() -> new ConflictException(child.getFirstName() + " is not on SEN support"));
        if (!record.isOnSenSupport()) {
            throw new ConflictException(child.getFirstName() + " is not on SEN support");
        }
        return record;
    }

    SupportCycle currentCycle(SenSupportRecord record) {
        return cycles.findFirstByRecordIdOrderByNumberDesc(record.getId())
                .filter(c -> !c.isComplete())
                .orElseThrow(() -> new ConflictException("No cycle is open: start with the assessment"));
    }

    /** The SENCO's school; other roles have no school register. */
    static long senco(CurrentUser by) {
        if (by.role() != Role.SENCO || by.schoolId() == null) {
            throw new NotFoundException("School");
        }
        return by.schoolId();
    }

    /** A pupil of the SENCO's own school (anyone else's pupil is "not found"). */
    Child schoolPupil(long childId, CurrentUser by) {
        long schoolId = senco(by);
        return directory.findChild(childId)
                .filter(c -> c.getSchool() != null && c.getSchool().getId() == schoolId)
                .orElseThrow(() -> new NotFoundException("Pupil"));
    }

    Child visibleChild(long childId, CurrentUser by) {
        return directory.findChild(childId)
                .filter(c -> access.childFilter(by).admits(c))
                .orElseThrow(() -> new NotFoundException("Pupil"));
    }

}
