package uk.ehctracker.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** People who sign in. */
interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = {"localAuthority", "school", "family", "child"})
    Optional<AppUser> findByUsername(String username);

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

    List<AppUser> findByRoleAndLocalAuthorityIdAndEnabledTrue(Role role, long laId);

    List<AppUser> findByRoleAndSchoolIdAndEnabledTrue(Role role, long schoolId);
}
