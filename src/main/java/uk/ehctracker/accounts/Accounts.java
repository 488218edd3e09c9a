package uk.ehctracker.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.audit.AuditActions;
import uk.ehctracker.audit.AuditLog;
import uk.ehctracker.audit.AuditSubject;
import uk.ehctracker.audit.Audited;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.DateFormats;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Discipline;
import uk.ehctracker.directory.LocalAuthority;
import uk.ehctracker.directory.Role;
import uk.ehctracker.directory.School;
import uk.ehctracker.letters.MailOutbox;
import uk.ehctracker.statutory.CompulsorySchoolAge;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * Accounts for real people. An admin gives LA staff, school staff and professionals an account; LA
 * staff of a case's LA invite the child's family, or the young person, to it. Nobody chooses a
 * password for someone else: each account is opened by a one-time link e-mailed to its owner,
 * which sets their own password ({@link PasswordRules}).
 */
@Service
@Transactional
public class Accounts {

    /** How long a link works: a family may not read their e-mail over a weekend; it works once. */
    public static final Duration LINK_LIFETIME = Duration.ofDays(7);
    /** A reset is asked for by the person now, at their screen: its link need not wait long for them. */
    public static final Duration RESET_LINK_LIFETIME = Duration.ofHours(2);
    /** No new reset e-mail while the last link, this recent, is unused: a stranger cannot flood someone's inbox. */
    static final Duration RESET_QUIET_TIME = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LINK_GONE = "This link has already been used or has expired. Ask the person who invited you to send a new one";

    private final DirectoryService directory;
    private final InvitationRepository invitations;
    private final AssessmentQueries cases;
    private final AccessPolicy access;
    private final PasswordEncoder passwords;
    private final MailOutbox mail;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicUrl;

    Accounts(DirectoryService directory, InvitationRepository invitations, AssessmentQueries cases, AccessPolicy access,
            PasswordEncoder passwords, MailOutbox mail, AuditLog audit, Clock clock, @Value("${ehc.public-url}") String publicUrl) {
        this.directory = directory;
        this.invitations = invitations;
        this.cases = cases;
        this.access = access;
        this.passwords = passwords;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A staff account as an admin sees it (a family's as LA staff see it), with where its access stands. */
    public record Account(long id, String username, String displayName, String email, Role role, Discipline discipline,
            String belongsTo, boolean enabled, String access) implements AuditSubject {
        @Override
        public Long auditCaseId() {
            return null;
        }

        @Override
        public String auditName() {
            return "account " + id;
        }
    }

    /** A family member invited to a case: the trail keeps it with the case. */
    public record FamilyInvited(long caseId, Account account) implements AuditSubject {
        @Override
        public Long auditCaseId() {
            return caseId;
        }

        @Override
        public String auditName() {
            return "account " + account.id() + " invited to case " + caseId;
        }
    }

    /** What an admin types to give someone an account; which of LA, school and discipline are needed depends on the role. */
    public record NewAccount(String username, String displayName, String email, Role role, Long localAuthorityId, Long schoolId,
            Discipline discipline) {
    }

    /** A parent, or the young person themselves (over compulsory school age: CFA s80), invited to a case. */
    public record FamilyInvitation(String displayName, String email, Boolean youngPerson) {
    }

    @Transactional(readOnly = true)
    public List<Account> accounts(int offset, int limit, CurrentUser by) {
        requireAdmin(by);
        List<AppUser> page = directory.accounts(offset, limit);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Invitation> latestLinks = new HashMap<>();
        invitations.findLatestOfUsers(page.stream().map(AppUser::getId).toList()).forEach(i -> latestLinks.put(i.getUserId(), i));
        return page.stream().map(u -> view(u, latestLinks.get(u.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public long accountCount(CurrentUser by) {
        requireAdmin(by);
        return directory.accountCount();
    }

    /** The accounts of the family of a case's child, for LA staff of the case's LA. */
    @Transactional(readOnly = true)
    public List<Account> familyAccounts(long caseId, CurrentUser by) {
        AssessmentCase c = managedCase(caseId, by);
        return directory.accountsOfFamily(c.getChild().getFamily().getId()).stream().map(this::view).toList();
    }

    /** Gives a member of staff or a professional an account and e-mails them the link to set their password. */
    @Audited(value = "Account created", action = AuditActions.CREATE)
    public Account create(NewAccount cmd, CurrentUser by) {
        requireAdmin(by);
        String username = Checks.clean(cmd.username());
        String name = Checks.clean(cmd.displayName());
        String email = Checks.clean(cmd.email());
        Role role = cmd.role();
        LocalAuthority la = cmd.localAuthorityId() == null ? null : directory.findLocalAuthority(cmd.localAuthorityId()).orElse(null);
        School school = cmd.schoolId() == null ? null : directory.findSchool(cmd.schoolId()).orElse(null);
        boolean inLa = role == Role.LA_CASEWORKER || role == Role.LA_MANAGER || role == Role.PROFESSIONAL;
        Checks checks = new Checks()
                .require("username", username, "Username")
                .maxLength("username", username, 100, "Username")
                .when(username != null && !username.matches("[A-Za-z0-9._@-]{3,100}"), "username",
                        "Username must be 3 or more letters, digits, dots, dashes or @, with no spaces")
                .when(username != null && directory.userExists(username), "username", "This username is taken. Choose another")
                .require("displayName", name, "Full name")
                .maxLength("displayName", name, 200, "Full name");
        emailChecks(checks, email)
                .require("role", role, "Role")
                .when(role == Role.PARENT, "role", "Families are invited from their child's case, by LA staff")
                .when(inLa && cmd.localAuthorityId() == null, "localAuthorityId", "Choose the local authority they work for")
                .when(cmd.localAuthorityId() != null && la == null, "localAuthorityId", "Choose a local authority from the list")
                .when(role == Role.SENCO && cmd.schoolId() == null, "schoolId", "Choose the school they work at")
                .when(cmd.schoolId() != null && school == null, "schoolId", "Choose a school from the list")
                .when(role == Role.PROFESSIONAL && cmd.discipline() == null, "discipline", "Choose what advice they give")
                .throwIfAny();
        AppUser user = new AppUser(username, unusablePassword(), name, email, role);
        if (inLa) {
            user.inLocalAuthority(la);
        }
        if (role == Role.SENCO) {
            user.atSchool(school);
        }
        if (role == Role.PROFESSIONAL) {
            user.withDiscipline(cmd.discipline());
        }
        AppUser saved = directory.save(user);
        sendLink(saved, by, "You have been given an account on the EHC needs assessment tracker.");
        return view(saved);
    }

    @Transactional(readOnly = true)
    public boolean anAdminCanSignIn() {
        return directory.hasEnabledUserWithRole(Role.ADMIN);
    }

    /**
     * The first admin of a database that has none (a real deployment starts without the demo's):
     * an account with that e-mail address and a one-time link to choose the password, as every
     * other account gets. Does nothing once any admin can sign in, so it is safe on every start.
     *
     * @return whether an account was created
     */
    public boolean createFirstAdmin(String username, String email) {
        if (anAdminCanSignIn()) {
            return false;
        }
        String name = Checks.clean(username);
        String address = Checks.clean(email);
        Checks checks = new Checks().require("ehc.first-admin.username", name, "The first admin's username")
                .when(name != null && directory.userExists(name), "ehc.first-admin.username", "This username is taken. Choose another");
        checks.email("ehc.first-admin.email", address, "The first admin's e-mail address").throwIfAny();
        AppUser admin = directory.save(new AppUser(name, unusablePassword(), "Administrator", address, Role.ADMIN));
        CurrentUser self = CurrentUser.of(admin);
        sendLink(admin, self, "An administrator account has been made for you on the EHC needs assessment tracker.");
        audit.record(self, null, AuditActions.CREATE, "First admin account created (account " + admin.getId() + ")");
        return true;
    }

    /** Stops (or restarts) an account's sign-in; its history stays, attributed to it. */
    @Audited("Account enabled or disabled")
    public Account setEnabled(long userId, Boolean enabled, CurrentUser by) {
        requireAdmin(by);
        AppUser user = directory.findUser(userId).orElseThrow(() -> new NotFoundException("Account"));
        new Checks().require("enabled", enabled, "Whether the account can sign in")
                .when(Boolean.FALSE.equals(enabled) && user.getId() == by.userId(), "enabled", "You cannot disable your own account")
                .throwIfAny();
        user.setEnabled(enabled);
        return view(user);
    }

    /**
     * Invites a parent of the case's child, or the young person, to the case: an account in the
     * child's family and a link to set their password. The family then sees what families see of
     * their own child's cases, and nothing of anyone else's.
     */
    @Audited(value = "Family invited to the case", action = AuditActions.CREATE)
    public FamilyInvited inviteFamily(long caseId, FamilyInvitation cmd, CurrentUser by) {
        AssessmentCase c = managedCase(caseId, by);
        Child child = c.getChild();
        String name = Checks.clean(cmd.displayName());
        String email = Checks.clean(cmd.email());
        boolean youngPerson = Boolean.TRUE.equals(cmd.youngPerson());
        Checks checks = new Checks()
                .require("displayName", name, "Full name")
                .maxLength("displayName", name, 200, "Full name")
                // CFA s80: the young person holds the rights only once over compulsory school age
                .when(youngPerson && !CompulsorySchoolAge.isYoungPerson(child.getDateOfBirth(), StatutoryClock.today(clock)),
                        "youngPerson", child.getFirstName() + " is not yet over compulsory school age: invite a parent");
        emailChecks(checks, email).throwIfAny();
        AppUser user = new AppUser(email.toLowerCase(Locale.ROOT), unusablePassword(), name, email, Role.PARENT)
                .inFamily(child.getFamily());
        if (youngPerson) {
            user.asYoungPerson(child);
        }
        AppUser saved = directory.save(user);
        sendLink(saved, by, c.getLocalAuthority().getName() + " has invited you to follow a request for an education, health and care "
                + "needs assessment online.");
        return new FamilyInvited(caseId, view(saved));
    }

    /** A new link for someone whose link expired or was lost; the older links stop working. */
    @Audited("Invitation sent again")
    public Account sendLinkAgain(long userId, CurrentUser by) {
        AppUser user = directory.findUser(userId).orElseThrow(() -> new NotFoundException("Account"));
        boolean mayResend = by.is(Role.ADMIN) ? user.getRole() != Role.PARENT : user.getRole() == Role.PARENT && familyOfMyLa(user, by);
        if (!mayResend) {
            throw new NotFoundException("Account");
        }
        new Checks().when(!user.isEnabled(), "enabled", "This account is disabled. Enable it before sending a new link").throwIfAny();
        sendLink(user, by, "Here is a new link to set your password for the EHC needs assessment tracker.");
        return view(user);
    }

    /**
     * "I forgot my password": if the username or e-mail address names an account that may sign in,
     * a new one-time link goes to that account's own e-mail address, and older links stop working.
     * The caller learns nothing either way (the screen says the same whether or not an account
     * matched), so this cannot be used to find out who has an account.
     */
    public void sendResetLink(String usernameOrEmail) {
        String typed = Checks.clean(usernameOrEmail);
        new Checks().when(typed == null || typed.isBlank(), "usernameOrEmail", "Enter your username or e-mail address")
                .maxLength("usernameOrEmail", typed, 200, "Your username or e-mail address").throwIfAny();
        AppUser user = directory.findUser(typed).or(() -> directory.findUserByEmail(typed)).orElse(null);
        if (user == null || !user.isEnabled() || user.getEmail() == null || user.getEmail().isBlank()) {
            return;
        }
        Instant now = clock.instant();
        boolean sentJustNow = invitations.findFirstByUserIdOrderByCreatedAtDesc(user.getId())
                .map(latest -> latest.isOpenAt(now) && latest.getCreatedAt().isAfter(now.minus(RESET_QUIET_TIME))).orElse(false);
        if (sentJustNow) {
            return;
        }
        CurrentUser self = CurrentUser.of(user);
        sendLink(user, self, RESET_LINK_LIFETIME, "Someone, we hope you, asked to reset the password of your account. "
                + "Your old password works until you choose a new one.");
        audit.record(self, null, AuditActions.UPDATE, "Password reset link sent (account " + user.getId() + ")");
    }

    /**
     * Sets the password of the account a link was sent to, once. Anyone holding the link may call
     * this: the link is the credential, so it must be the latest, unused, unexpired one.
     *
     * @return the username to sign in with
     */
    public String setPassword(String token, String password, String repeated) {
        Instant now = clock.instant();
        Invitation link = token == null || token.isBlank() ? null : invitations.findByTokenHash(sha256(token.strip())).orElse(null);
        AppUser user = link == null ? null : directory.findUser(link.getUserId()).orElse(null);
        if (link == null || !link.isOpenAt(now) || user == null || !user.isEnabled()) {
            throw BadInputException.of("token", LINK_GONE);
        }
        PasswordRules.check(new Checks(), password, repeated, user.getUsername(), user.getEmail()).throwIfAny();
        user.changePasswordHash(passwords.encode(password));
        link.close(now);
        audit.record(CurrentUser.of(user), null, AuditActions.UPDATE, "Password set with an e-mailed link (account " + user.getId() + ")");
        return user.getUsername();
    }

    /**
     * A signed-in person changes their own password, proving the current one first, so that a
     * session left open on a shared computer cannot take over the account. Any link still open
     * for the account is closed: the password it was sent to replace has just been replaced.
     */
    @Audited("Own password changed")
    public Account changeOwnPassword(CurrentUser by, String currentPassword, String password, String repeated) {
        AppUser user = directory.findUser(by.username()).filter(AppUser::isEnabled)
                .orElseThrow(() -> new NotFoundException("Account"));
        Checks checks = new Checks();
        if (currentPassword == null || currentPassword.isEmpty()) {
            checks.problem("currentPassword", "Enter your current password");
        } else if (!passwords.matches(currentPassword, user.getPasswordHash())) {
            checks.problem("currentPassword", "That is not your current password");
        }
        PasswordRules.check(checks, password, repeated, user.getUsername(), user.getEmail())
                .when(password != null && password.equals(currentPassword), "password", "Choose a password different from the current one")
                .throwIfAny();
        user.changePasswordHash(passwords.encode(password));
        Instant now = clock.instant();
        invitations.findByUserIdAndUsedAtIsNull(user.getId()).forEach(open -> open.close(now));
        return view(user);
    }

    private void sendLink(AppUser user, CurrentUser by, String why) {
        sendLink(user, by, LINK_LIFETIME, why);
    }

    private void sendLink(AppUser user, CurrentUser by, Duration lifetime, String why) {
        Instant now = clock.instant();
        invitations.findByUserIdAndUsedAtIsNull(user.getId()).forEach(older -> older.close(now));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Invitation link = invitations.save(new Invitation(user.getId(), sha256(token), by.username(), now, now.plus(lifetime)));
        // the e-mail names no child: e-mail is not a secure channel (the family reads about the case once signed in)
        mail.queue(null, user.getEmail(), "Set your password for the EHC needs assessment tracker",
                "Hello " + user.getDisplayName() + ",\n\n" + why + "\n\n"
                        + "Your username is: " + user.getUsername() + "\n\n"
                        + "Choose your password here. The link works once, until " + DateFormats.when(link.getExpiresAt()) + ":\n"
                        + publicUrl + "/set-password?token=" + token + "\n\n"
                        + "If you did not expect this e-mail, you can ignore it: nothing happens until the link is used.\n");
    }

    private Checks emailChecks(Checks checks, String email) {
        return checks.require("email", email, "E-mail address")
                .maxLength("email", email, 200, "E-mail address")
                .email("email", email, "E-mail address")
                .when(email != null && directory.emailInUse(email), "email", "An account with this e-mail address already exists");
    }

    private Account view(AppUser u) {
        return view(u, invitations.findFirstByUserIdOrderByCreatedAtDesc(u.getId()).orElse(null));
    }

    private Account view(AppUser u, Invitation latestLink) {
        String belongsTo = u.getSchool() != null ? u.getSchool().getName()
                : u.getChild() != null ? "Young person: " + u.getChild().getFullName()
                : u.getFamily() != null ? "Family"
                : u.getLocalAuthority() != null ? u.getLocalAuthority().getName() : "";
        return new Account(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getRole(), u.getDiscipline(), belongsTo,
                u.isEnabled(), accessOf(u, latestLink));
    }

    private String accessOf(AppUser u, Invitation latest) {
        if (!u.isEnabled()) {
            return "Disabled";
        }
        // the latest link is closed only by being used (a newer one closes the older ones)
        if (latest == null || latest.getUsedAt() != null) {
            return "Can sign in";
        }
        return latest.isOpenAt(clock.instant()) ? "Invited: the link works until " + DateFormats.when(latest.getExpiresAt())
                : "The link expired: send a new one";
    }

    private AssessmentCase managedCase(long caseId, CurrentUser by) {
        AssessmentCase c = cases.visibleCase(caseId, by);
        if (!access.mayManageCase(by, c.getLocalAuthority().getId())) {
            throw new NotFoundException("Case");
        }
        return c;
    }

    private boolean familyOfMyLa(AppUser user, CurrentUser by) {
        return user.getFamily() != null && directory.childrenOfFamily(user.getFamily().getId()).stream()
                .anyMatch(child -> access.mayManageCase(by, child.getLocalAuthority().getId()));
    }

    private void requireAdmin(CurrentUser by) {
        if (!access.mayManageAccounts(by)) {
            throw new NotFoundException("Page");
        }
    }

    /** Nobody knows it: the account cannot sign in until its owner sets a password through the link. */
    private String unusablePassword() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return passwords.encode(Base64.getEncoder().encodeToString(random));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
