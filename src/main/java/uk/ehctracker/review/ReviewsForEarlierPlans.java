package uk.ehctracker.review;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.assessment.FinalPlanIssued;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.common.BeforeServing;

/**
 * Plans issued before the tracker recorded reviews have none: each gets its first review, counted
 * from the plan's date (CFA s44(1)), before the application serves, as if it had just been issued.
 * A plan whose review was due long ago shows at once as overdue. Off in the tests' profile, whose
 * plans all start their review as they are issued.
 */
@Component
@Order(BeforeServing.DEMO_SCHOOL_SIDE + 100)
public class ReviewsForEarlierPlans implements BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(ReviewsForEarlierPlans.class);

    private final AnnualReviewRepository reviews;
    private final ReviewService service;
    private final boolean enabled;

    ReviewsForEarlierPlans(AnnualReviewRepository reviews, ReviewService service,
            @Value("${ehc.reviews.start-for-earlier-plans:true}") boolean enabled) {
        this.reviews = reviews;
        this.service = service;
        this.enabled = enabled;
    }

    @Override
    public void prepare() {
        if (enabled) {
            try {
                startMissing();
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                // uq_annual_review_cycle: another node starting at the same moment got there first
                log.warn("Another node started the first reviews of earlier plans: {}", e.getMostSpecificCause().getMessage());
            }
        }
    }

    /** Starts the first review of every plan that has none; returns how many. */
    @Transactional
    public int startMissing() {
        int started = 0;
        for (Object[] plan : reviews.plansWithoutReview()) {
            long caseId = ((Number) plan[0]).longValue();
            service.planIssued(new FinalPlanIssued(caseId, AssessmentCase.reference(caseId), ((Number) plan[2]).longValue(),
                    (LocalDate) plan[1], (LocalDate) plan[1]));
            started++;
        }
        if (started > 0) {
            log.info("Started the first annual review of {} plan(s) issued before reviews were recorded", started);
        }
        return started;
    }
}
