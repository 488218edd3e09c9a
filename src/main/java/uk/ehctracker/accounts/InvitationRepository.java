package uk.ehctracker.accounts;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    /** Locked: the same link followed twice at once sets one password, and the second finds it used. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByUserIdAndUsedAtIsNull(long userId);

    Optional<Invitation> findFirstByUserIdOrderByCreatedAtDesc(long userId);
}
