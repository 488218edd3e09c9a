package uk.ehctracker.assessment;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.audit.Audited;
import uk.ehctracker.common.Checks;
import uk.ehctracker.directory.Child;
import uk.ehctracker.statutory.CompulsorySchoolAge;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * Once over compulsory school age the rights are the young person's own (CFA s83(2), s80): their
 * notices go to them, and their parent is copied only if they agree, or the notices go also to
 * whoever acts for them if they lack capacity. This records those wishes on the child, where
 * every notice reads them (AssessmentNotices). See docs/law.md s8.
 */
@Service
@Transactional
public class YoungPersonsWishesService {

    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 254;

    private final AssessmentQueries queries;
    private final AccessPolicy access;
    private final Clock clock;

    YoungPersonsWishesService(AssessmentQueries queries, AccessPolicy access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    /** What is recorded, as the case page and the API show it. */
    public record Wishes(boolean youngPerson, LocalDate youngPersonFrom, String email, boolean parentCopies,
            String representativeName, String representativeEmail, boolean mayRecord, boolean mayRecordRepresentative) {
    }

    /**
     * The wishes, for the family and LA staff of the case's LA (they hold the young person's own
     * e-mail and a representative's); anyone else who may see the case is told they are not found.
     */
    @Transactional(readOnly = true)
    public Wishes wishes(long caseId, CurrentUser user) {
        AssessmentCase c = queries.visibleCase(caseId, user);
        if (!mayRead(user, c)) {
            throw new uk.ehctracker.common.NotFoundException("Young person's wishes");
        }
        return wishesOf(c, user);
    }

    /** Whether this person reads the wishes: the family and LA staff of the case's LA. */
    @Transactional(readOnly = true)
    public boolean mayRead(long caseId, CurrentUser user) {
        return mayRead(user, queries.visibleCase(caseId, user));
    }

    private boolean mayRead(CurrentUser user, AssessmentCase c) {
        return user.is(uk.ehctracker.directory.Role.PARENT) || access.mayManageCase(user, c.getLocalAuthority().getId());
    }

    /**
     * Records the young person's wishes. Only once they are a young person (before then the parent
     * holds the rights); by the young person, or LA staff recording what they were told; the
     * representative only by LA staff, who see the deputyship or power of attorney.
     */
    @Audited("Young person's wishes about their notices recorded")
    public AssessmentCase record(long caseId, Commands.YoungPersonsWishes wishes, CurrentUser by) {
        AssessmentCase c = queries.caseForCommand(caseId, by);
        Child child = c.getChild();
        LocalDate today = StatutoryClock.today(clock);
        String email = Checks.clean(wishes.email());
        boolean staff = access.mayManageCase(by, c.getLocalAuthority().getId());
        String representative = Checks.clean(wishes.representativeName());
        String representativeEmail = Checks.clean(wishes.representativeEmail());
        if (!staff && representative == null && representativeEmail == null) {
            // the young person says nothing of a representative: the one LA staff recorded stands
            representative = child.getRepresentativeName();
            representativeEmail = child.getRepresentativeEmail();
        }
        boolean representativeChanged = !java.util.Objects.equals(representative, child.getRepresentativeName())
                || !java.util.Objects.equals(representativeEmail, child.getRepresentativeEmail());
        new Checks()
                // CFA s83(2): a young person from the day after the school leaving date of the year they turn 16
                .when(!CompulsorySchoolAge.isYoungPerson(child.getDateOfBirth(), today), "parentCopies",
                        child.getFirstName() + " is under compulsory school age until "
                                + uk.ehctracker.common.DateFormats.full(CompulsorySchoolAge.leavingDate(child.getDateOfBirth()))
                                + "; until then the notices go to the parent")
                .when(!access.mayRecordYoungPersonsWishes(by, child.getId(), c.getLocalAuthority().getId()), "parentCopies",
                        "Only " + child.getFirstName() + ", or the local authority on their behalf, can decide who is sent their notices")
                .when(representativeChanged && !staff, "representativeName",
                        "Only the local authority records who acts for a young person who lacks capacity")
                .maxLength("email", email, MAX_EMAIL, "E-mail address")
                .email("email", email, "E-mail address")
                .maxLength("representativeName", representative, MAX_NAME, "Representative's name")
                .maxLength("representativeEmail", representativeEmail, MAX_EMAIL, "Representative's e-mail address")
                .email("representativeEmail", representativeEmail, "Representative's e-mail address")
                .when(representative == null && representativeEmail != null, "representativeName",
                        "Give the representative's name with their e-mail address")
                .throwIfAny();
        child.recordYoungPersonsWishes(email, wishes.parentCopies());
        child.recordRepresentative(representative, representativeEmail);
        return c;
    }

    private Wishes wishesOf(AssessmentCase c, CurrentUser user) {
        Child child = c.getChild();
        LocalDate today = StatutoryClock.today(clock);
        long laId = c.getLocalAuthority().getId();
        return new Wishes(CompulsorySchoolAge.isYoungPerson(child.getDateOfBirth(), today),
                CompulsorySchoolAge.youngPersonFrom(child.getDateOfBirth()), child.getYoungPersonEmail(),
                child.isParentCopiesAgreed(), child.getRepresentativeName(), child.getRepresentativeEmail(),
                access.mayRecordYoungPersonsWishes(user, child.getId(), laId), access.mayManageCase(user, laId));
    }
}
