package uk.ehctracker.review;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.common.BeforeServing;

/**
 * Reviews recorded before V36 have no list columns yet: each is set from its own dates once,
 * before the application serves, as every later save does (AnnualReviewRecord.keepListing).
 */
@Component
@Order(BeforeServing.DEMO_SCHOOL_SIDE + 50)
public class ReviewListing implements BeforeServing {

    private static final int BATCH = 500;

    private final AnnualReviewRepository reviews;
    private final TransactionTemplate transaction;

    ReviewListing(AnnualReviewRepository reviews, TransactionTemplate transaction) {
        this.reviews = reviews;
        this.transaction = transaction;
    }

    @Override
    public void prepare() {
        fillMissing();
    }

    /** Sets the list columns of every review that has none, in batches. */
    public void fillMissing() {
        while (Boolean.TRUE.equals(transaction.execute(t -> {
            var batch = reviews.findByListStepIsNull(PageRequest.of(0, BATCH));
            batch.forEach(AnnualReviewRecord::keepListing);
            return !batch.isEmpty();
        }))) {
            // each batch in its own transaction, until none is left
        }
    }
}
