package uk.ehctracker.letters;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The letters issued; used only through {@link LetterService}. */
interface LetterRepository extends JpaRepository<Letter, Long> {

    /** The letter, its row locked until the transaction ends (SELECT ... FOR UPDATE). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Letter l where l.id = :id")
    Optional<Letter> findLockedById(long id);

    /** A case's letters, oldest first. */
    List<Letter> findByCaseIdOrderByIssuedAtAscIdAsc(long caseId);

    /** A case's letters to the given recipients, oldest first. */
    List<Letter> findByCaseIdAndRecipientRoleInOrderByIssuedAtAscIdAsc(long caseId, java.util.Collection<RecipientRole> to);

    /** Several cases' letters to the given recipients, oldest first (one query for a family's page). */
    List<Letter> findByCaseIdInAndRecipientRoleInOrderByIssuedAtAscIdAsc(java.util.Collection<Long> caseIds,
            java.util.Collection<RecipientRole> to);
}
