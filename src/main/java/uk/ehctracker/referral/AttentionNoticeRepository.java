package uk.ehctracker.referral;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reached from other packages only through {@link AttentionNotices}. */
interface AttentionNoticeRepository extends JpaRepository<AttentionNotice, Long> {

    List<AttentionNotice> findByLaIdAndStatusOrderByReceivedOnAsc(long laId, AttentionStatus status);

    List<AttentionNotice> findByLaIdOrderByReceivedOnDesc(long laId);

    Optional<AttentionNotice> findByIdAndLaId(long id, long laId);
}
