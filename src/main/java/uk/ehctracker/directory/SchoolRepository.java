package uk.ehctracker.directory;

import org.springframework.data.jpa.repository.JpaRepository;

/** School rows; reached from other packages only through {@link DirectoryService}. */
interface SchoolRepository extends JpaRepository<School, Long> {

    java.util.Optional<School> findFirstByNameIgnoreCase(String name);

    java.util.Optional<School> findByUrn(String urn);

    java.util.List<School> findByNameContainingIgnoreCaseOrderByNameAsc(String text, org.springframework.data.domain.Pageable page);
}
