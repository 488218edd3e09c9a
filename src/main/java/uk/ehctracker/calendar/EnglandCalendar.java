package uk.ehctracker.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.audit.AuditSubject;
import uk.ehctracker.audit.Audited;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.statutory.WorkingDays;

/**
 * England's working days as the law counts them (SEND Regs reg 2(1); statutory/WorkingDays), with
 * the proclaimed one-off changes kept in the database. Read often, changed perhaps once a year:
 * the rules and the changes are held in memory and reloaded when an admin records a change.
 */
@Service
@Transactional
public class EnglandCalendar {

    private static final int MAX_REASON = 200;

    private final BankHolidayChangeRepository changes;
    private final AccessPolicy access;
    private volatile WorkingDays current;

    EnglandCalendar(BankHolidayChangeRepository changes, AccessPolicy access) {
        this.changes = changes;
        this.access = access;
    }

    /** The working days, with every change recorded so far. */
    @Transactional(readOnly = true)
    public WorkingDays workingDays() {
        WorkingDays loaded = current;
        if (loaded == null) {
            loaded = new WorkingDays(changes.findAll().stream().map(BankHolidayChange::asChange).toList());
            current = loaded;
        }
        return loaded;
    }

    /** The proclaimed changes recorded, oldest first. */
    @Transactional(readOnly = true)
    public List<WorkingDays.Change> changes() {
        return changes.findAll(org.springframework.data.domain.Sort.by("day")).stream().map(BankHolidayChange::asChange).toList();
    }

    /** A change as recorded: what the trail names it by (it belongs to no case). */
    public record Recorded(LocalDate day, boolean added, String reason) implements AuditSubject {
        @Override
        public Long auditCaseId() {
            return null;
        }

        @Override
        public String auditName() {
            return "bank holiday " + (added ? "added on " : "moved away from ") + day;
        }
    }

    /**
     * Records a one-off change announced by royal proclamation (a new bank holiday, or a regular
     * one moved away from its day). Admins only; one change per day.
     */
    @Audited("Bank holiday change recorded")
    public Recorded record(LocalDate day, Boolean added, String reason, CurrentUser by) {
        if (!access.mayManageCalendar(by)) {
            throw new NotFoundException("Page");
        }
        String why = Checks.clean(reason);
        new Checks().require("day", day, "The day")
                .require("added", added, "Whether the day is added or moved away")
                .require("reason", why, "The reason (the proclamation)")
                .maxLength("reason", why, MAX_REASON, "The reason")
                .when(day != null && changes.existsById(day), "day", "A change for this day is already recorded")
                .when(day != null && Boolean.TRUE.equals(added) && !workingDays().isWorkingDay(day), "day",
                        "This day is already not a working day (a weekend or a bank holiday)")
                .when(day != null && Boolean.FALSE.equals(added) && !WorkingDays.byRule(day.getYear()).contains(day), "day",
                        "This day is not one of the regular bank holidays, so it cannot be moved away")
                .throwIfAny();
        changes.save(new BankHolidayChange(day, added, why, by.username()));
        // forget the cached days once this change is committed, so no reader caches the old ones again
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        current = null;
                    }
                });
        return new Recorded(day, added, why);
    }
}
