package uk.ehctracker.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * People who sign in. The queries a timer firing or a page runs every time are written out: Spring
 * Data builds a derived query's criteria anew on each call, and Hibernate keeps the plan of a
 * written one only (21% of a review window's firing went to translating one, BENCHMARKS.md).
 */
interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = {"localAuthority", "school", "family", "child"})
    @Query("select u from AppUser u where u.username = :username")
    Optional<AppUser> findByUsername(@Param("username") String username);

    boolean existsByUsername(String username);

    boolean existsByUsernameAndEnabledTrue(String username);

    boolean existsByRoleAndEnabledTrue(Role role);

    boolean existsByEmailIgnoreCase(String email);

    @EntityGraph(attributePaths = {"localAuthority", "school", "family", "child"})
    Optional<AppUser> findFirstByEmailIgnoreCase(String email);

    @EntityGraph(attributePaths = {"localAuthority", "school", "family", "child"})
    List<AppUser> findAllByOrderByUsernameAsc(org.springframework.data.domain.Pageable page);

    @EntityGraph(attributePaths = {"localAuthority", "school", "family", "child"})
    Optional<AppUser> findWithPlacesById(long id);

    List<AppUser> findByFamilyIdOrderByDisplayNameAsc(long familyId);

    @Query("select u from AppUser u where u.role = :role and u.localAuthority.id = :laId and u.enabled = true")
    List<AppUser> findByRoleAndLocalAuthorityIdAndEnabledTrue(@Param("role") Role role, @Param("laId") long laId);

    @Query("select u from AppUser u where u.role = :role and u.school.id = :schoolId and u.enabled = true")
    List<AppUser> findByRoleAndSchoolIdAndEnabledTrue(@Param("role") Role role, @Param("schoolId") long schoolId);
}
