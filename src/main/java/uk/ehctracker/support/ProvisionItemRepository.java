package uk.ehctracker.support;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProvisionItemRepository extends JpaRepository<ProvisionItem, Long> {

    List<ProvisionItem> findByRecordIdOrderByStartOnAsc(long recordId);

    List<ProvisionItem> findByRecordIdIn(Collection<Long> recordIds);

    /** The school's provision map: what this school recorded, for every pupil. */
    List<ProvisionItem> findBySchoolIdOrderByInterventionAsc(long schoolId);
}
