package uk.ehctracker.directory;

import org.springframework.data.jpa.repository.JpaRepository;

/** Child rows; reached from other packages only through {@link DirectoryService}. */
interface ChildRepository extends JpaRepository<Child, Long>, org.springframework.data.jpa.repository.JpaSpecificationExecutor<Child> {

    /** Children matching a filter (the access policy's), each with its school in the same query. */
    @Override
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "school")
    java.util.List<Child> findAll(org.springframework.data.jpa.domain.Specification<Child> spec, org.springframework.data.domain.Sort sort);

    java.util.List<Child> findByFamilyIdOrderByDateOfBirthAsc(long familyId);

    /** The child's row locked until the transaction ends (SELECT ... FOR UPDATE). */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select c from Child c where c.id = :id")
    java.util.Optional<Child> findLockedById(@org.springframework.data.repository.query.Param("id") long id);

    java.util.Optional<Child> findFirstByFirstNameAndLastName(String firstName, String lastName);

    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "school")
    java.util.List<Child> findByLocalAuthorityIdAndLastNameStartingWithIgnoreCaseOrderByLastNameAscFirstNameAsc(
            long laId, String lastNameStart, org.springframework.data.domain.Pageable page);
}
