package uk.ehctracker.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import uk.ehctracker.common.BadInputException;
import org.springframework.transaction.annotation.Transactional;

/** The directory's door for other packages: look-ups of LAs, schools, families, children and users. */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    private final LocalAuthorityRepository localAuthorities;
    private final SchoolRepository schools;
    private final FamilyRepository families;
    private final ChildRepository children;
    private final AppUserRepository users;

    DirectoryService(LocalAuthorityRepository localAuthorities, SchoolRepository schools,
            FamilyRepository families, ChildRepository children, AppUserRepository users) {
        this.localAuthorities = localAuthorities;
        this.schools = schools;
        this.families = families;
        this.children = children;
        this.users = users;
    }

    public Optional<AppUser> findUser(String username) {
        return users.findByUsername(username);
    }

    /** The enabled users of one LA with a role (filtered in the query: an LA is one of 150). */
    public List<AppUser> usersOfLocalAuthority(long laId, Role role) {
        return users.findByRoleAndLocalAuthorityIdAndEnabledTrue(role, laId);
    }

    /** The enabled users of one school with a role. */
    public List<AppUser> usersOfSchool(long schoolId, Role role) {
        return users.findByRoleAndSchoolIdAndEnabledTrue(role, schoolId);
    }

    public Optional<Child> findChild(long childId) {
        return children.findById(childId);
    }

    /**
     * The child, with their row locked until the caller's transaction ends, so that two
     * commands about the same child (two requests sent at once) run one after the other.
     */
    @Transactional
    /** The children a filter admits (the access policy's), by surname; the caller decides the filter. */
    public List<Child> children(org.springframework.data.jpa.domain.Specification<Child> where) {
        return children.findAll(where, org.springframework.data.domain.Sort.by("lastName", "firstName", "id"));
    }

    public Optional<Child> findChildForUpdate(long childId) {
        return children.findLockedById(childId);
    }

    public Optional<School> findSchool(long schoolId) {
        return schools.findById(schoolId);
    }

    public Optional<School> findSchoolByUrn(String urn) {
        return schools.findByUrn(urn);
    }

    /**
     * A school or setting in the directory, by its URN or its name. Names are not unique: when
     * more than one school has the name, a form error naming {@code field} asks for the URN
     * rather than taking one at random.
     */
    public Optional<School> findSetting(String urnOrName, String field) {
        String wanted = urnOrName.strip();
        Optional<School> byUrn = schools.findByUrn(wanted);
        if (byUrn.isPresent()) {
            return byUrn;
        }
        List<School> named = schools.findByNameIgnoreCaseOrderByUrnAsc(wanted);
        if (named.size() > 1) {
            throw BadInputException.of(field, "More than one school is called " + named.get(0).getName()
                    + ": choose it by its URN (" + String.join(", ", named.stream().map(School::getUrn).toList()) + ")");
        }
        return named.stream().findFirst();
    }

    /** Schools and settings whose name contains, or whose URN starts with, the text typed, for pickers (a page at a time). */
    public List<SettingEntry> settingEntries(String text, int offset, int limit) {
        int size = Math.max(limit, 1);
        return schools.findEntries(text == null ? "" : text.strip(),
                org.springframework.data.domain.PageRequest.of(offset / size, size));
    }

    /** Every LA, by name (England has about 150). */
    public List<LocalAuthority> localAuthorities() {
        return localAuthorities.findAll(org.springframework.data.domain.Sort.by("name"));
    }

    public Optional<LocalAuthority> findLocalAuthority(long laId) {
        return localAuthorities.findById(laId);
    }

    public Optional<Family> findFamily(long familyId) {
        return families.findById(familyId);
    }

    public List<Child> childrenOfFamily(long familyId) {
        return children.findByFamilyIdOrderByDateOfBirthAsc(familyId);
    }

    public Optional<Child> findChildByName(String firstName, String lastName) {
        return children.findFirstByFirstNameAndLastName(firstName, lastName);
    }

    /** Children of an LA whose surname starts with the text typed, for pickers (a page at a time). */
    public List<Child> childrenOfLocalAuthority(long laId, String surnameStart, int offset, int limit) {
        String start = surnameStart == null ? "" : surnameStart.strip();
        return children.findByLocalAuthorityIdAndLastNameStartingWithIgnoreCaseOrderByLastNameAscFirstNameAsc(
                laId, start, org.springframework.data.domain.PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1)));
    }

    /** A user by id, with their LA, school, family and child. */
    public Optional<AppUser> findUser(long userId) {
        return users.findWithPlacesById(userId);
    }

    /** Every account, by username, a page at a time (for admins). */
    public List<AppUser> accounts(int offset, int limit) {
        int size = Math.max(limit, 1);
        return users.findAllByOrderByUsernameAsc(org.springframework.data.domain.PageRequest.of(offset / size, size));
    }

    public long accountCount() {
        return users.count();
    }

    /** The accounts of a family (parents, and young people acting for themselves). */
    public List<AppUser> accountsOfFamily(long familyId) {
        return users.findByFamilyIdOrderByDisplayNameAsc(familyId);
    }

    public Optional<AppUser> findUserByEmail(String email) {
        return users.findFirstByEmailIgnoreCase(email.strip());
    }

    public boolean emailInUse(String email) {
        return users.existsByEmailIgnoreCase(email.strip());
    }

    public boolean userExists(String username) {
        return users.existsByUsername(username);
    }

    /** Whether this account may still sign in; one indexed look-up, asked on every request of a signed-in session. */
    public boolean mayStillSignIn(String username) {
        return users.existsByUsernameAndEnabledTrue(username);
    }

    public boolean hasEnabledUserWithRole(Role role) {
        return users.existsByRoleAndEnabledTrue(role);
    }

    @Transactional
    public LocalAuthority save(LocalAuthority la) {
        return localAuthorities.save(la);
    }

    @Transactional
    public School save(School school) {
        return schools.save(school);
    }

    @Transactional
    public Family save(Family family) {
        return families.save(family);
    }

    @Transactional
    public Child save(Child child) {
        return children.save(child);
    }

    @Transactional
    public AppUser save(AppUser user) {
        return users.save(user);
    }
}
