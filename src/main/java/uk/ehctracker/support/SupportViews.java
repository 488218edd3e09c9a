package uk.ehctracker.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.ehctracker.directory.SenStatus;

/** What the school's screens show, as plain values (no lazy entities leave the service). */
public final class SupportViews {

    private SupportViews() {
    }

    /** Filters of the SEN register; null means "any". */
    public record RegisterFilter(NeedType need, Integer yearGroup, boolean reviewDue, SenStatus status) {
        public static RegisterFilter all() {
            return new RegisterFilter(null, null, false, null);
        }
    }

    /** One pupil on the school's SEN register. */
    public record RegisterRow(long childId, String name, int yearGroup, SenStatus senStatus, NeedType primaryNeed,
            String needs, LocalDate nextReview, boolean reviewDue, int cyclesCompleted, BigDecimal yearlyCost,
            Long recordId) {
    }

    /** One line of the school's provision map. */
    public record ProvisionMapRow(long childId, String pupil, String intervention, Delivery delivery, String frequency,
            String staff, LocalDate startOn, LocalDate endOn, BigDecimal yearlyCost) {
    }

    /** One pupil's SEN support, for the pupil page. */
    public record PupilSupport(long childId, String name, LocalDate dateOfBirth, int yearGroup, String schoolName,
            SenStatus senStatus, SenSupportRecord record, List<SenNeed> needs, List<SupportCycle> cycles,
            List<ProvisionItem> provision, BigDecimal yearlyCost, List<SpecialistInvolvement> specialists,
            List<ParentMeeting> meetings, List<String> openTasks, boolean delivering, boolean processRunning) {

        public boolean overThreshold() {
            return yearlyCost.compareTo(SenSupportQueries.NOTIONAL_SEN_BUDGET_THRESHOLD) > 0;
        }

        public boolean waitingAt(String taskKey) {
            return openTasks.contains(taskKey);
        }

        public boolean hasRecord() {
            return record != null;
        }
    }
}
