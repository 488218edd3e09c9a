package uk.ehctracker.support;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportCycleRepository extends JpaRepository<SupportCycle, Long> {

    List<SupportCycle> findByRecordIdOrderByNumberAsc(long recordId);

    Optional<SupportCycle> findFirstByRecordIdOrderByNumberDesc(long recordId);

    List<SupportCycle> findByRecordIdInOrderByNumberAsc(Collection<Long> recordIds);
}
