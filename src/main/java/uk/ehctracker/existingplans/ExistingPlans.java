package uk.ehctracker.existingplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.audit.AuditActions;
import uk.ehctracker.audit.Audited;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Family;
import uk.ehctracker.directory.LocalAuthority;
import uk.ehctracker.directory.School;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.support.NeedType;

/**
 * One plan the LA made before the tracker, recorded in one transaction with one audit entry: the
 * child (found in the LA's directory by UPN, or by name and date of birth, or added with their
 * family), the case record of the plan ({@link AssessmentService#recordExistingPlan}) and its next
 * review with its timers ({@link ReviewService#startForExistingPlan}). The import and the generator
 * both come through here. Field names are the CSV file's columns, so a refusal names the column.
 */
@Service
@Transactional
public class ExistingPlans {

    /** A UPN: a check letter, then 11 digits, then a digit (or a letter for a temporary UPN). */
    private static final Pattern UPN = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9/_.-]{1,40}");

    /** A plan as the LA's records give it. {@code lastReviewedOn} and {@code familyEmail} may be null. */
    public record NewPlan(String firstName, String lastName, LocalDate dateOfBirth, String reference, String schoolUrn,
            LocalDate planDate, LocalDate lastReviewedOn, String primaryNeed, String familyEmail) {
    }

    private final AssessmentService assessments;
    private final AssessmentQueries cases;
    private final ReviewService reviews;
    private final DirectoryService directory;
    private final AccessPolicy access;
    private final Clock clock;

    ExistingPlans(AssessmentService assessments, AssessmentQueries cases, ReviewService reviews, DirectoryService directory,
            AccessPolicy access, Clock clock) {
        this.assessments = assessments;
        this.cases = cases;
        this.reviews = reviews;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    /** The LA whose plans this person may import (its managers only), or not found. */
    @Transactional(readOnly = true)
    public LocalAuthority localAuthorityToImportInto(long laId, CurrentUser by) {
        if (!access.mayImportExistingPlans(by, laId)) {
            throw new NotFoundException("Local authority");
        }
        return directory.findLocalAuthority(laId).orElseThrow(() -> new NotFoundException("Local authority"));
    }

    /**
     * Records one existing plan and starts its review: the first counted from the last review if
     * the records give one, else from the plan's date (CFA s44(1)). Refused, with nothing written,
     * when a field is wrong or the child already has a plan or an open request here.
     */
    @Audited(value = "Existing EHC plan recorded", action = AuditActions.CREATE)
    public AssessmentCase record(long laId, NewPlan plan, CurrentUser by) {
        LocalAuthority la = localAuthorityToImportInto(laId, by);
        LocalDate today = StatutoryClock.today(clock);
        String first = Checks.clean(plan.firstName());
        String last = Checks.clean(plan.lastName());
        String reference = reference(plan.reference());
        String email = Checks.clean(plan.familyEmail());
        NeedType need = need(plan.primaryNeed());
        Checks checks = new Checks()
                .require("first_name", first, "The child's first name").maxLength("first_name", first, 100, "The child's first name")
                .require("last_name", last, "The child's last name").maxLength("last_name", last, 100, "The child's last name")
                .require("date_of_birth", plan.dateOfBirth(), "The date of birth")
                .notAfter("date_of_birth", plan.dateOfBirth(), today, "The date of birth", "today")
                .require("upn_or_local_id", reference, "The UPN or the council's own id for the child")
                .when(reference != null && !REFERENCE.matcher(reference).matches(), "upn_or_local_id",
                        "The UPN or local id may have only letters, digits and / _ . - (up to 40)")
                .require("school_urn", Checks.clean(plan.schoolUrn()), "The school's URN")
                .require("plan_date", plan.planDate(), "The plan's date")
                .notAfter("plan_date", plan.planDate(), today, "The plan's date", "today")
                .notBefore("plan_date", plan.planDate(), plan.dateOfBirth(), "The plan's date", "the child's date of birth")
                .notAfter("last_review_date", plan.lastReviewedOn(), today, "The last review's date", "today")
                // CFA s44(1): a review of this plan comes after it
                .notBefore("last_review_date", plan.lastReviewedOn(), plan.planDate(), "The last review's date", "the plan's date")
                .require("primary_need", Checks.clean(plan.primaryNeed()), "The primary need")
                .when(Checks.clean(plan.primaryNeed()) != null && need == null, "primary_need",
                        "The primary need must be one of the SEN2 codes: " + String.join(", ", needCodes()))
                .email("family_email", email, "The family's e-mail");
        School school = school(plan.schoolUrn(), la, checks);
        checks.throwIfAny();
        cases.importedPlan(laId, reference).ifPresent(c -> {
            throw new ConflictException("A plan for " + reference + " is already on the tracker (" + c.reference() + ")");
        });
        Child child = child(plan, first, last, reference, school, email, la, by);
        AssessmentCase c = assessments.recordExistingPlan(new Commands.ExistingPlan(child.getId(), plan.planDate(), reference, need.name(),
                "Primary need (SEN2 " + need.name() + "): " + need.label() + ". Recorded from the council's records; the plan was made "
                        + "before the tracker.", school.getName()), by.displayName());
        reviews.startForExistingPlan(c.getId(), child.getId(), plan.planDate(), plan.lastReviewedOn());
        return c;
    }

    /** The child in the LA's directory (by UPN, else by name and date of birth), moved to the setting; or added with their family. */
    private Child child(NewPlan plan, String first, String last, String reference, School school, String email, LocalAuthority la,
            CurrentUser by) {
        boolean upn = UPN.matcher(reference).matches();
        Specification<Child> same = upn
                ? (root, q, cb) -> cb.equal(root.get("upn"), reference)
                : (root, q, cb) -> cb.and(cb.equal(cb.lower(root.get("firstName")), first.toLowerCase(Locale.UK)),
                        cb.equal(cb.lower(root.get("lastName")), last.toLowerCase(Locale.UK)),
                        cb.equal(root.get("dateOfBirth"), plan.dateOfBirth()));
        List<Child> found = directory.children(access.childFilter(by).where().and(same));
        if (found.size() == 1) {
            Child child = found.get(0);
            child.moveTo(school);
            return child;
        }
        if (found.size() > 1) {
            throw new ConflictException("More than one child in the council's records is " + first + " " + last
                    + ", born on " + plan.dateOfBirth() + ": give their UPN");
        }
        Family family = directory.save(new Family(last + " family", email, null));
        Child child = new Child(first, last, plan.dateOfBirth(), family, la, school);
        if (upn) {
            child.recordUpn(reference);
        }
        return directory.save(child);
    }

    private School school(String urn, LocalAuthority la, Checks checks) {
        String wanted = Checks.clean(urn);
        if (wanted == null) {
            return null;
        }
        School school = directory.findSchoolByUrn(wanted).filter(s -> s.getLocalAuthority().getId().equals(la.getId())).orElse(null);
        checks.when(school == null, "school_urn", "No school with URN " + wanted + " is in " + la.getName() + "'s directory");
        return school;
    }

    private static String reference(String text) {
        String clean = Checks.clean(text);
        return clean == null ? null : clean.replace(" ", "").toUpperCase(Locale.UK);
    }

    /** SEN2's need codes, as the SEN register records them. */
    static NeedType need(String code) {
        String clean = Checks.clean(code);
        if (clean == null) {
            return null;
        }
        for (NeedType t : NeedType.values()) {
            if (t.name().equalsIgnoreCase(clean)) {
                return t;
            }
        }
        return null;
    }

    public static List<String> needCodes() {
        return java.util.Arrays.stream(NeedType.values()).map(Enum::name).toList();
    }
}
