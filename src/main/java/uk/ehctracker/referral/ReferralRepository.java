package uk.ehctracker.referral;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reached from other packages only through {@link Referrals}. */
interface ReferralRepository extends JpaRepository<Referral, Long> {

    List<Referral> findByLaIdAndStatusOrderByReceivedOnAsc(long laId, ReferralStatus status);

    List<Referral> findByLaIdOrderByReceivedOnDesc(long laId);

    Page<Referral> findByLaIdAndStatusOrderByReceivedOnAscIdAsc(long laId, ReferralStatus status, Pageable page);

    Page<Referral> findByLaIdOrderByReceivedOnDescIdDesc(long laId, Pageable page);

    Optional<Referral> findByIdAndLaId(long id, long laId);
}
