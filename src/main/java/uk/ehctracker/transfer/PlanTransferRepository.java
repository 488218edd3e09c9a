package uk.ehctracker.transfer;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlanTransferRepository extends JpaRepository<PlanTransferRecord, Long> {

    Optional<PlanTransferRecord> findFirstByCaseIdOrderByIdDesc(long caseId);

    /** The case's latest move, locked for a command: two commands on it run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from PlanTransferRecord t where t.caseId = ?1 and t.id = (select max(x.id) from PlanTransferRecord x where x.caseId = ?1)")
    Optional<PlanTransferRecord> latestForCommand(long caseId);

    /** The old LA's moves, the latest first: the trace of where its plans went. */
    List<PlanTransferRecord> findByFromLaIdOrderByMovesOnDescIdDesc(long fromLaId);

    /** The new LA's transfers whose family is still to be told (reg 15(4)), the earliest first. */
    List<PlanTransferRecord> findByToLaIdAndTransferredOnIsNotNullAndFamilyToldOnIsNullOrderByTransferredOnAscIdAsc(long toLaId);

    /** The child's name, for the old LA's trace once the case is no longer theirs to open. */
    @Query("select concat(c.child.firstName, ' ', c.child.lastName) from AssessmentCase c where c.id = ?1")
    String childNameOfCase(long caseId);
}
