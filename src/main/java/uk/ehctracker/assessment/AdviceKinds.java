package uk.ehctracker.assessment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.Discipline;

/** Which advice an assessment must seek for a child (reg 6), and who gives each kind. */
final class AdviceKinds {

    /** Year 9: from then on the assessment covers preparing for adulthood (reg 6(1)(g)). */
    static final int PREPARATION_FOR_ADULTHOOD_FROM_YEAR = 9;

    private AdviceKinds() {
    }

    /** reg 6(1)(a)-(e) always; (g) from year 9; the HI/VI teacher and others when asked for. */
    static Set<AdviceKind> required(Child child, LocalDate on, Set<AdviceKind> additional) {
        return required(child, on, additional, false);
    }

    /**
     * As {@link #required(Child, LocalDate, Set)}, and the qualified teacher of the hearing or
     * vision impaired whenever the child's recorded needs include such an impairment.
     */
    static Set<AdviceKind> required(Child child, LocalDate on, Set<AdviceKind> additional, boolean sensoryImpairment) {
        Set<AdviceKind> kinds = EnumSet.of(AdviceKind.PARENT, AdviceKind.EDUCATIONAL, AdviceKind.MEDICAL,
                AdviceKind.PSYCHOLOGICAL, AdviceKind.SOCIAL_CARE);
        // reg 6(1)(g): advice on preparing for adulthood and independent living, from year 9
        if (child.yearGroupOn(on) >= PREPARATION_FOR_ADULTHOOD_FROM_YEAR) {
            kinds.add(AdviceKind.PREPARATION_FOR_ADULTHOOD);
        }
        // reg 6; docs/law.md s5: the educational advice is given after consulting a teacher
        // qualified to teach pupils with a hearing or vision impairment, not only when asked for
        if (sensoryImpairment) {
            kinds.add(AdviceKind.HEARING_OR_VISION_TEACHER);
        }
        if (additional != null) {
            kinds.addAll(additional);
        }
        return kinds;
    }

    static List<AdviceKind> givenBy(Discipline discipline) {
        return EnumSet.allOf(AdviceKind.class).stream().filter(k -> k.discipline() == discipline).toList();
    }
}
