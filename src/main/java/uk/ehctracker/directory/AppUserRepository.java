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

    List<AppUser> findByRoleAndLocalAuthorityIdAndEnabledTrue(Role role, long laId);

    List<AppUser> findByRoleAndSchoolIdAndEnabledTrue(Role role, long schoolId);
}
