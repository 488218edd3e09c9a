package uk.ehctracker.directory;

import org.springframework.data.jpa.repository.JpaRepository;

/** LocalAuthority rows; reached from other packages only through {@link DirectoryService}. */
interface LocalAuthorityRepository extends JpaRepository<LocalAuthority, Long> {
}
