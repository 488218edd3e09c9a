package uk.ehctracker.accounts;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    /** Locked: the same link followed twice at once sets one password, and the second finds it used. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByUserIdAndUsedAtIsNull(long userId);

    Optional<Invitation> findFirstByUserIdOrderByCreatedAtDesc(long userId);

    /** The latest link of each of these accounts, in one query for a page of the account list. */
    @Query("select i from Invitation i where i.userId in :userIds and i.createdAt ="
            + " (select max(j.createdAt) from Invitation j where j.userId = i.userId)")
    List<Invitation> findLatestOfUsers(@Param("userIds") Collection<Long> userIds);
}
