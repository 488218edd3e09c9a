package uk.ehctracker.support;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SenNeedRepository extends JpaRepository<SenNeed, Long> {

    List<SenNeed> findByRecordIdOrderByRankAsc(long recordId);

    List<SenNeed> findByRecordIdInOrderByRankAsc(Collection<Long> recordIds);

    void deleteByRecordId(long recordId);
}
