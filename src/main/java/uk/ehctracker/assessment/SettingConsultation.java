package uk.ehctracker.assessment;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.Checks;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.School;
import uk.ehctracker.letters.NoticeType;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;

/**
 * Consults a school or setting on being named in the final plan, whichever way it was chosen: the
 * one the family asked for (CFA s39(2)) or, when they asked for none, the one the LA chose
 * (s40(3)). Part of the command that chose it: it runs in the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SettingConsultation {

    private final MilestoneRepository milestones;
    private final AssessmentNotices notices;
    private final DirectoryService directory;
    private final Clock clock;

    SettingConsultation(MilestoneRepository milestones, AssessmentNotices notices, DirectoryService directory, Clock clock) {
        this.directory = directory;
        this.milestones = milestones;
        this.notices = notices;
        this.clock = clock;
    }

    /** The setting the LA chose, by its URN or name in the directory; a form error naming the field if none. */
    School chosen(String settingToConsult) {
        String asked = Checks.clean(settingToConsult);
        new Checks()
                .require("settingToConsult", asked, "School or setting to consult")
                .maxLength("settingToConsult", asked, 200, "School or setting to consult")
                .throwIfAny();
        return directory.findSetting(asked, "settingToConsult").orElseThrow(() -> BadInputException.of("settingToConsult",
                "Choose a school or setting listed in the directory, by its name or URN"));
    }

    /**
     * The setting a plan may name for what the caseworker typed: the latest setting consulted, by
     * its name or (when the directory knows it) its URN; null when that is not the one consulted.
     * Same-named schools are no trouble here: the one consulted is the one meant.
     */
    String consultedNamed(AssessmentCase c, String placement) {
        String wanted = placement.strip();
        School known = c.getConsultedSchool();
        if (c.getConsultedSetting() != null && wanted.equalsIgnoreCase(c.getConsultedSetting())) {
            return c.getConsultedSetting();
        }
        return known != null && wanted.equals(known.getUrn()) ? known.getName() : null;
    }

    /** Why a plan cannot name a setting that was not consulted, and what it can name instead (staff's words). */
    String notConsulted(AssessmentCase c, String placement) {
        // a name several schools share is refused here too, asking for the URN
        School named = directory.findSetting(placement, "namedPlacement").orElse(null);
        return (named == null ? placement : named.getName())
                + " has not been consulted: a school or setting is named only after it is consulted (CFA s39, s40)"
                + (c.getConsultedSetting() == null ? "" : ". The plan can name " + c.getConsultedSetting() + ", which was")
                + ", or name only a type of school (CFA s40(2))";
    }

    /**
     * Records the consultation as sent today, opens its step and sends the setting (and the LA
     * that maintains it, where that is another LA) the request with its reply date.
     *
     * @param setting the setting's name, as the letter addresses it
     * @param known the setting in the directory, or null when the family named one it does not know
     */
    void consult(AssessmentCase c, String setting, School known) {
        LocalDate sentOn = StatutoryClock.today(clock);
        c.consult(setting, known);
        // decision 0007: the consultation's reply date derives from the day it was sent
        c.consultationSent(sentOn);
        milestones.save(Milestone.opened(c, TimeLimit.SCHOOL_CONSULTATION));
        // CFA s39(2), s40(3): the governing body, proprietor or principal is asked before naming
        notices.send(c.getId(), NoticeType.CONSULTATION);
    }
}
