package uk.ehctracker.directory;

import org.springframework.data.jpa.repository.JpaRepository;

/** Child rows; reached from other packages only through {@link DirectoryService}. */
interface ChildRepository extends JpaRepository<Child, Long> {

    java.util.List<Child> findByFamilyIdOrderByDateOfBirthAsc(long familyId);

    java.util.Optional<Child> findFirstByFirstNameAndLastName(String firstName, String lastName);

    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "school")
    java.util.List<Child> findByLocalAuthorityIdAndLastNameStartingWithIgnoreCaseOrderByLastNameAscFirstNameAsc(
            long laId, String lastNameStart, org.springframework.data.domain.Pageable page);
}
