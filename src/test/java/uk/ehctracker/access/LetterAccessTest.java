package uk.ehctracker.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ehctracker.directory.Discipline;
import uk.ehctracker.directory.Role;
import uk.ehctracker.letters.RecipientRole;

/** Which letters of a case each person may open (the case itself they already may see). */
class LetterAccessTest {

    private final AccessPolicy policy = new AccessPolicy();

    static Stream<Arguments> people() {
        return Stream.of(
                Arguments.of("caseworker", person(Role.LA_CASEWORKER, null), EnumSet.allOf(RecipientRole.class)),
                Arguments.of("manager", person(Role.LA_MANAGER, null), EnumSet.allOf(RecipientRole.class)),
                // CFA s80: a young person's own letters are theirs; their parent reads the copies sent to the parent
                Arguments.of("parent", person(Role.PARENT, null), EnumSet.of(RecipientRole.PARENT)),
                Arguments.of("young person", youngPerson(), EnumSet.of(RecipientRole.PARENT, RecipientRole.YOUNG_PERSON)),
                Arguments.of("SENCO", person(Role.SENCO, null), EnumSet.of(RecipientRole.HEAD_TEACHER, RecipientRole.SCHOOL)),
                Arguments.of("health adviser", person(Role.PROFESSIONAL, Discipline.MEDICAL), EnumSet.of(RecipientRole.HEALTH_BODY)),
                Arguments.of("social care adviser", person(Role.PROFESSIONAL, Discipline.SOCIAL_CARE), EnumSet.of(RecipientRole.SOCIAL_CARE)),
                Arguments.of("educational psychologist", person(Role.PROFESSIONAL, Discipline.PSYCHOLOGICAL), EnumSet.noneOf(RecipientRole.class)),
                Arguments.of("admin", person(Role.ADMIN, null), EnumSet.noneOf(RecipientRole.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void eachPersonOpensOnlyTheLettersMeantForThem(String who, CurrentUser user, Set<RecipientRole> mayRead) {
        for (RecipientRole to : RecipientRole.values()) {
            assertThat(policy.mayReadLetter(user, to)).as("%s reading a letter to %s", who, to).isEqualTo(mayRead.contains(to));
        }
    }

    private static CurrentUser person(Role role, Discipline discipline) {
        return new CurrentUser(1L, "someone", "Someone", role, 1L, "LA1", 1L, 1L, null, discipline);
    }

    /** A young person signed in for themselves (a family account tied to them). */
    private static CurrentUser youngPerson() {
        return new CurrentUser(2L, "ethan", "Ethan", Role.PARENT, 1L, "LA1", null, 1L, 7L, null);
    }
}
