package uk.ehctracker.directory;

import org.springframework.data.jpa.repository.JpaRepository;

/** Family rows; reached from other packages only through {@link DirectoryService}. */
interface FamilyRepository extends JpaRepository<Family, Long> {
}
