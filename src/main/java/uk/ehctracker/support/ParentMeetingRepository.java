package uk.ehctracker.support;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParentMeetingRepository extends JpaRepository<ParentMeeting, Long> {

    List<ParentMeeting> findByRecordIdOrderByHeldOnAsc(long recordId);

    boolean existsByRecordIdAndHeldOnGreaterThanEqual(long recordId, LocalDate since);
}
