package uk.ehctracker.calendar;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface BankHolidayChangeRepository extends JpaRepository<BankHolidayChange, LocalDate> {
}
