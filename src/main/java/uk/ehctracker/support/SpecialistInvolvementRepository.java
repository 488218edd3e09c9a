package uk.ehctracker.support;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpecialistInvolvementRepository extends JpaRepository<SpecialistInvolvement, Long> {

    List<SpecialistInvolvement> findByRecordIdOrderByParentsAgreedOnAsc(long recordId);

    /** The involvement waiting for the specialist's advice. */
    Optional<SpecialistInvolvement> findFirstByRecordIdAndParentsAgreedTrueAndAdviceIsNullOrderByIdDesc(long recordId);
}
