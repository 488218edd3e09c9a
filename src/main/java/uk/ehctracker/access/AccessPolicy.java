package uk.ehctracker.access;

import java.util.Collection;
import org.springframework.stereotype.Component;
import uk.ehctracker.directory.Discipline;
import uk.ehctracker.directory.Role;
import uk.ehctracker.letters.RecipientRole;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one access policy: who sees which cases, and who may act on a task. Children's SEN and
 * health data is special-category personal data (UK GDPR art. 9): the default is no access.
 */
@Component
public class AccessPolicy {

    /** The cases this person may see; every case list and read goes through it. */
    public CaseFilter caseFilter(CurrentUser user) {
        return switch (user.role()) {
            case LA_CASEWORKER, LA_MANAGER -> user.laId() == null
                    ? new CaseFilter.NoCases() : new CaseFilter.LocalAuthorityCases(user.laId());
            case SENCO -> user.schoolId() == null
                    ? new CaseFilter.NoCases() : new CaseFilter.SchoolCases(user.schoolId());
            case PARENT -> user.childId() != null
                    ? new CaseFilter.OwnCase(user.childId())
                    : user.familyId() == null ? new CaseFilter.NoCases() : new CaseFilter.FamilyCases(user.familyId());
            case PROFESSIONAL -> user.laId() == null || user.discipline() == null
                    ? new CaseFilter.NoCases() : new CaseFilter.AdviserCases(user.laId(), user.discipline());
            case ADMIN -> new CaseFilter.NoCases();
        };
    }

    /**
     * The LA whose every case this person sees, if the policy shows them an LA's cases (its staff);
     * null for anyone else. The LA's work lists (reviews, plans being ceased, the merged work list)
     * are given only to them, filtered by this LA in the query.
     */
    public Long laOfCaseLists(CurrentUser user) {
        return caseFilter(user) instanceof CaseFilter.LocalAuthorityCases la ? la.laId() : null;
    }

    /**
     * The children this person may see (and so make a request for): LA staff their LA's
     * children, a SENCO their school's pupils, a parent their own children, a young person
     * themselves. Every list of children and every single read goes through it.
     */
    public ChildFilter childFilter(CurrentUser user) {
        return switch (user.role()) {
            case LA_CASEWORKER, LA_MANAGER -> user.laId() == null
                    ? new ChildFilter.NoChildren() : new ChildFilter.LocalAuthorityChildren(user.laId());
            case SENCO -> user.schoolId() == null ? new ChildFilter.NoChildren() : new ChildFilter.SchoolPupils(user.schoolId());
            case PARENT -> user.childId() != null ? new ChildFilter.Themselves(user.childId())
                    : user.familyId() == null ? new ChildFilter.NoChildren() : new ChildFilter.FamilyChildren(user.familyId());
            case PROFESSIONAL, ADMIN -> new ChildFilter.NoChildren();
        };
    }


    /**
     * The advice on a case (that they may see) a person may read: LA staff and the family all of
     * it (the family receives it with the draft plan, docs/law.md s6); an adviser only the
     * requests made of them and the advice they gave themselves; anyone else none.
     */
    public AdviceFilter adviceFilter(CurrentUser user) {
        return switch (user.role()) {
            case LA_CASEWORKER, LA_MANAGER, PARENT -> new AdviceFilter.AllAdvice();
            case PROFESSIONAL -> user.discipline() == null
                    ? new AdviceFilter.NoAdvice() : new AdviceFilter.AdvisersOwn(user.discipline(), user.username());
            case SENCO -> user.schoolId() == null
                    ? new AdviceFilter.NoAdvice() : new AdviceFilter.SchoolsOwn(user.schoolId(), user.username());
            case ADMIN -> new AdviceFilter.NoAdvice();
        };
    }

    /**
     * Whether a person reads only the documents they added to a case they may see: an adviser,
     * whose reports are their advice and who must not read another adviser's (docs/law.md s5).
     * Everyone else who may see the case reads all its documents.
     */
    public boolean readsOnlyOwnDocuments(CurrentUser user) {
        return user.is(Role.PROFESSIONAL);
    }

    /** The family's own views on a case: its family, and LA staff of the case's LA (who decide with them). */
    public boolean mayReadFamilyViews(CurrentUser user, long caseLaId) {
        return user.is(Role.PARENT) || mayManageCase(user, caseLaId);
    }

    /**
     * Who may send the family's views (CFA s19; reg 7): the family, and LA staff of the case's LA
     * recording views that reached them on paper or by telephone.
     */
    public boolean mayGiveFamilyViews(CurrentUser user, long caseLaId) {
        return user.is(Role.PARENT) || mayManageCase(user, caseLaId);
    }

    /**
     * Who may give the family's views on a plan: for its review (reg 19(a), reg 20(2)(a)) and on a
     * proposal to cease it (reg 31(1)(b)). The child's parent; once the child is over compulsory
     * school age, the young person themselves and not their parent (CFA s80, s83(2): the rights are
     * theirs); and LA staff of the case's LA recording views that reached them on paper.
     */
    public boolean mayGiveViewsOnPlan(CurrentUser user, long caseLaId, java.time.LocalDate dateOfBirth, java.time.LocalDate today) {
        if (user.is(Role.PARENT)) {
            return user.childId() != null || dateOfBirth == null
                    || !uk.ehctracker.statutory.CompulsorySchoolAge.isYoungPerson(dateOfBirth, today);
        }
        return mayManageCase(user, caseLaId);
    }

    /**
     * A pupil's SEN support record (cycles, provision, specialists, views): their school's SENCO,
     * and LA staff of the LA a request for the pupil's assessment went to, who weigh it as evidence.
     */
    public boolean mayReadSenSupportForCase(CurrentUser user, long caseLaId) {
        return mayManageCase(user, caseLaId);
    }

    /** A task may be done by a person in one of its candidate groups (tasks are routed to teams, not people). */
    public boolean mayWorkOn(CurrentUser user, Collection<String> taskCandidateGroups) {
        return user.candidateGroups().stream().anyMatch(taskCandidateGroups::contains);
    }

    /**
     * Who may complete a step addressed to someone else's group: its candidates, and LA staff of
     * the case's LA recording what reached them on paper or by e-mail (advice, a family's views).
     */
    public boolean mayActOn(CurrentUser user, Collection<String> taskCandidateGroups, long caseLaId) {
        return mayWorkOn(user, taskCandidateGroups) || mayManageCase(user, caseLaId);
    }

    /** Counts across their own LA's cases, with no child named (the dashboard's figures): LA staff. */
    public boolean mayReadTeamFigures(CurrentUser user) {
        return user.isLaStaff() && user.laId() != null;
    }

    /** The LA's own settings (the contacts its letters give and go to): its managers. */
    public boolean mayManageLocalAuthority(CurrentUser user, long laId) {
        return user.is(Role.LA_MANAGER) && user.laId() != null && user.laId() == laId;
    }

    /**
     * Importing the LA's existing plans (docs/law.md s9): its managers. An import adds a child's
     * record and a review's statutory clocks for every row, so it is the LA's decision, not one
     * caseworker's; an administrator belongs to no LA and sees no child.
     */
    public boolean mayImportExistingPlans(CurrentUser user, long laId) {
        return mayManageLocalAuthority(user, laId);
    }

    /**
     * A disagreement with a decision (mediation, its certificate, an appeal, each step of it): the
     * family, and LA staff of the case's LA recording it for them (CFA s51-s55). Once the child is a
     * young person ({@code youngPerson}: over compulsory school age today) the right of appeal is
     * their own, so their parent may read the disagreement but not record it
     * ({@link #isParentOfAYoungPerson}); the young person signed in for themselves may.
     */
    public boolean mayRecordDisagreement(CurrentUser user, long caseLaId, boolean youngPerson) {
        return (user.is(Role.PARENT) && !isParentOfAYoungPerson(user, youngPerson)) || mayManageCase(user, caseLaId);
    }

    /**
     * CFA s80, s83(2) (docs/law.md s8): a parent signed in for the family, on the case of a child who
     * is now a young person, whose rights under Part 3 are their own. Acting for a young person who
     * lacks capacity is for a representative, recorded by LA staff, not decided here.
     */
    public boolean isParentOfAYoungPerson(CurrentUser user, boolean youngPerson) {
        return youngPerson && user.is(Role.PARENT) && user.childId() == null;
    }

    /**
     * A concern or complaint and its stages: the family (a parent also of a young person: a complaint
     * is not a right under CFA Part 3), and LA staff of the case's LA recording it for them. Who
     * replies at each stage (a school, the council) is recorded by the family or the council's staff;
     * schools have no door to it yet.
     */
    public boolean mayRecordComplaint(CurrentUser user, long caseLaId) {
        return user.is(Role.PARENT) || mayManageCase(user, caseLaId);
    }

    /**
     * The final EHC plan: LA staff of the case's LA; the young person, or the parent of a child (of
     * a young person only with their agreement, CFA s80); the school or setting it names and the
     * health commissioning body, to whom it is sent (reg 13(2); CFA s40(5)). Not the other schools
     * or advisers who may see the case.
     */
    public boolean mayReadFinalPlan(CurrentUser user, long caseLaId, boolean youngPerson, boolean parentCopies, Long namedSchoolId) {
        return switch (user.role()) {
            case LA_CASEWORKER, LA_MANAGER -> mayManageCase(user, caseLaId);
            case PARENT -> user.childId() != null || !youngPerson || parentCopies;
            case SENCO -> namedSchoolId != null && namedSchoolId.equals(user.schoolId());
            case PROFESSIONAL -> user.discipline() == Discipline.MEDICAL;
            case ADMIN -> false;
        };
    }

    /** The proclaimed one-off bank holidays the working-day count uses: admins, who keep the system's national data. */
    public boolean mayManageCalendar(CurrentUser user) {
        return user.is(Role.ADMIN);
    }

    /** Accounts of staff and professionals (created, disabled, sent a new link): admins. Families are invited by LA staff of their case ({@link #mayManageCase}). */
    public boolean mayManageAccounts(CurrentUser user) {
        return user.is(Role.ADMIN);
    }

    /** A case's audit trail (who read or changed it): the managers of the case's LA. */
    public boolean mayReadAuditTrail(CurrentUser user, long caseLaId) {
        return user.is(Role.LA_MANAGER) && user.laId() != null && user.laId() == caseLaId;
    }

    /**
     * A young person's wishes about their notices (their e-mail, whether their parent is copied):
     * the young person, and LA staff of the case's LA recording what the young person told them.
     * Their parent does not decide it (CFA s80; docs/law.md s8).
     */
    public boolean mayRecordYoungPersonsWishes(CurrentUser user, long childId, long caseLaId) {
        return (user.is(Role.PARENT) && user.childId() != null && user.childId() == childId) || mayManageCase(user, caseLaId);
    }

    /** Decisions, exceptions, withdrawals recorded by staff, and assignment: LA staff of the case's LA. */
    public boolean mayManageCase(CurrentUser user, long caseLaId) {
        return user.isLaStaff() && user.laId() != null && user.laId() == caseLaId;
    }

    /**
     * Which letters of a case they may see a person may open: LA staff every letter; a family the
     * letters to the family; a school the head teacher's; a health or social care adviser the
     * letters to their body (reg 4(2)). Everyone else none.
     */
    public boolean mayReadLetter(CurrentUser user, RecipientRole to) {
        return switch (user.role()) {
            case LA_CASEWORKER, LA_MANAGER -> true;
            // CFA s80, docs/law.md s8: a young person's own notices are theirs; their parent reads the copies addressed to them
            case PARENT -> user.childId() != null ? to.isFamily() : to == RecipientRole.PARENT;
            case SENCO -> to == RecipientRole.HEAD_TEACHER || to == RecipientRole.SCHOOL;
            case PROFESSIONAL -> (to == RecipientRole.HEALTH_BODY && user.discipline() == Discipline.MEDICAL)
                    || (to == RecipientRole.SOCIAL_CARE && user.discipline() == Discipline.SOCIAL_CARE);
            case ADMIN -> false;
        };
    }

    /** The recipients whose letters this person may read: {@link #mayReadLetter} as a set, for the query. */
    public Set<RecipientRole> readableLetters(CurrentUser user) {
        Set<RecipientRole> readable = EnumSet.noneOf(RecipientRole.class);
        for (RecipientRole to : RecipientRole.values()) {
            if (mayReadLetter(user, to)) {
                readable.add(to);
            }
        }
        return readable;
    }

    /** Who may make a request for an EHC needs assessment (CFA s36(1)), or record one for someone else. */
    public boolean mayRequestAssessment(CurrentUser user) {
        return user.role() == Role.PARENT || user.role() == Role.SENCO || user.isLaStaff();
    }
}
