package uk.ehctracker.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.ehctracker.statutory.WorkingDays;

/** A proclaimed one-off change to England's bank holidays: a day added, or a regular one moved away. */
@Entity
@Table(name = "bank_holiday_change")
class BankHolidayChange {

    @Id
    @Column(name = "on_day")
    private LocalDate day;

    @Column(nullable = false)
    private boolean added;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected BankHolidayChange() {
    }

    BankHolidayChange(LocalDate day, boolean added, String reason, String recordedBy) {
        this.day = day;
        this.added = added;
        this.reason = reason;
        this.recordedBy = recordedBy;
    }

    WorkingDays.Change asChange() {
        return new WorkingDays.Change(day, added, reason);
    }
}
