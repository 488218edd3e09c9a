package uk.ehctracker.support;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Pupils' SEN support records; reached from other packages only through {@link SenSupportService}. */
interface SenSupportRecordRepository extends JpaRepository<SenSupportRecord, Long> {

    Optional<SenSupportRecord> findByChildId(long childId);

    List<SenSupportRecord> findByChildIdIn(Collection<Long> childIds);
}
