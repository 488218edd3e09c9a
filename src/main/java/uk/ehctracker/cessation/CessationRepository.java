package uk.ehctracker.cessation;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CessationRepository extends JpaRepository<CessationRecord, Long> {

    Optional<CessationRecord> findFirstByCaseIdOrderByIdDesc(long caseId);

    /** The case's latest cessation, locked for a command: two commands on it run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from CessationRecord p where p.caseId = ?1 and p.id = (select max(x.id) from CessationRecord x where x.caseId = ?1)")
    Optional<CessationRecord> latestForCommand(long caseId);

    @Query("select c.localAuthority.code from AssessmentCase c where c.id = ?1")
    String laCodeOfCase(long caseId);
}
