package uk.ehctracker.letters;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The letters issued; used only through {@link LetterService}. */
interface LetterRepository extends JpaRepository<Letter, Long> {

    /** A case's letters, oldest first. */
    List<Letter> findByCaseIdOrderByIssuedAtAscIdAsc(long caseId);

    /** A case's letters to the given recipients, oldest first. */
    List<Letter> findByCaseIdAndRecipientRoleInOrderByIssuedAtAscIdAsc(long caseId, java.util.Collection<RecipientRole> to);

    /** Several cases' letters to the given recipients, oldest first (one query for a family's page). */
    List<Letter> findByCaseIdInAndRecipientRoleInOrderByIssuedAtAscIdAsc(java.util.Collection<Long> caseIds,
            java.util.Collection<RecipientRole> to);
}
