package uk.ehctracker.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.calendar.EnglandCalendar;
import uk.ehctracker.common.Checks;

/** England's bank holidays as the working-day count uses them (SEND Regs reg 2(1)); admins record proclaimed one-offs. */
@RestController
@RequestMapping("/api/bank-holidays")
@Tag(name = "Calendar", description = "Working days in England: bank holidays by rule and by proclamation")
class BankHolidaysController {

    private final EnglandCalendar calendar;
    private final CurrentUsers currentUsers;

    BankHolidaysController(EnglandCalendar calendar, CurrentUsers currentUsers) {
        this.calendar = calendar;
        this.currentUsers = currentUsers;
    }

    record YearView(int year, List<LocalDate> holidays) {
    }

    record ChangeBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027-06-08") @JsonFormat(lenient = OptBoolean.FALSE) LocalDate day,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "true: a holiday added; false: a regular one moved away")
            Boolean added,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String reason) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A year's bank holidays in England (weekdays that are not working days)")
    YearView year(@RequestParam @Parameter(description = "1979 to 2200",
            schema = @Schema(type = "integer", format = "int32", minimum = "1979", maximum = "2200")) int year) {
        currentUsers.require();
        new Checks().when(year < 1979 || year > 2200, "year", "year must be between 1979 and 2200").throwIfAny();
        return new YearView(year, List.copyOf(new TreeSet<>(calendar.workingDays().holidaysOf(year))));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "recordBankHolidayChange",
            summary = "Record a bank holiday proclaimed for one year, or a regular one moved away (admins)")
    @Creates("the year's bank holidays")
    @Refuses(status = 404, when = "For administrators only: anyone else is told it was not found")
    ResponseEntity<EnglandCalendar.Recorded> record(@RequestBody ChangeBody body) {
        EnglandCalendar.Recorded saved = calendar.record(body.day(), body.added(), body.reason(), currentUsers.require());
        return ResponseEntity.created(URI.create("/api/bank-holidays?year=" + saved.day().getYear())).body(saved);
    }
}
