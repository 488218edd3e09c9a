package uk.ehctracker.disagreement;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DisagreementRecordRepository extends JpaRepository<DisagreementRecord, Long> {

    List<DisagreementRecord> findByCaseIdOrderByIdAsc(long caseId);

    boolean existsByCaseIdAndSubject(long caseId, String subject);

    /** The case's latest disagreement, locked for a command: two commands on it run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DisagreementRecord d where d.caseId = ?1 and d.id = (select max(x.id) from DisagreementRecord x where x.caseId = ?1)")
    Optional<DisagreementRecord> latestForCommand(long caseId);
}
