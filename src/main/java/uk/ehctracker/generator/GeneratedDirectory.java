package uk.ehctracker.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.Contact;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Discipline;
import uk.ehctracker.directory.Family;
import uk.ehctracker.directory.LocalAuthority;
import uk.ehctracker.directory.Role;
import uk.ehctracker.directory.School;
import uk.ehctracker.directory.SenStatus;

/**
 * Generated LAs, schools, staff and children, saved through {@link DirectoryService}. Natural
 * keys (LA code {@code G001}, school URN {@code G001S0001}, user {@code g001.cw1}) make a re-run
 * find what an interrupted one made. Every generated user's password is {@value #PASSWORD}.
 */
@Component
class GeneratedDirectory {

    static final String PASSWORD = "generated";

    /** An LA as the generator needs it: its id and code, its schools, and its caseworkers' usernames. */
    record LaRef(int index, long id, String code, List<Long> schoolIds, List<String> caseworkers) {
    }

    private final DirectoryService directory;
    private final PasswordEncoder passwords;
    private final JdbcTemplate jdbc;
    private volatile String passwordHash;

    GeneratedDirectory(DirectoryService directory, PasswordEncoder passwords, DataSource dataSource) {
        this.directory = directory;
        this.passwords = passwords;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    static String laCode(int index) {
        return String.format("G%03d", index + 1);
    }

    static String caseworker(int laIndex, int n) {
        return laCode(laIndex).toLowerCase() + ".cw" + (n + 1);
    }

    /** One LA with its schools and staff; the caller's transaction makes it all-or-nothing. */
    void localAuthority(int index, GeneratorProperties p) {
        String code = laCode(index);
        String name = "Generated Council " + code;
        String web = "https://" + code.toLowerCase() + ".example";
        LocalAuthority la = directory.save(new LocalAuthority(code, name,
                new Contact(name + " Mediation", "0300 000 " + String.format("%04d", index), "mediation@" + code.toLowerCase() + ".example", web),
                new Contact(name + " SENDIASS", "0300 111 " + String.format("%04d", index), "sendiass@" + code.toLowerCase() + ".example", web)));
        for (int s = 0; s < p.schoolsPerLa(); s++) {
            String urn = String.format("%sS%04d", code, s + 1);
            directory.save(new School(urn, "School " + urn, s % 3 == 2 ? "Secondary" : "Primary", la, "office@" + urn.toLowerCase() + ".example"));
        }
        for (int n = 0; n < p.caseworkersPerLa(); n++) {
            String u = caseworker(index, n);
            directory.save(user(u, "Caseworker " + (n + 1) + " " + code, Role.LA_CASEWORKER).inLocalAuthority(la));
        }
        String prefix = code.toLowerCase();
        directory.save(user(prefix + ".manager", "Manager " + code, Role.LA_MANAGER).inLocalAuthority(la));
        directory.save(user(prefix + ".ep", "Educational psychologist " + code, Role.PROFESSIONAL).inLocalAuthority(la).withDiscipline(Discipline.PSYCHOLOGICAL));
        directory.save(user(prefix + ".health", "Health adviser " + code, Role.PROFESSIONAL).inLocalAuthority(la).withDiscipline(Discipline.MEDICAL));
        directory.save(user(prefix + ".social", "Social care adviser " + code, Role.PROFESSIONAL).inLocalAuthority(la).withDiscipline(Discipline.SOCIAL_CARE));
    }

    /** The generated LAs, by index, read back from the database (so a resumed run needs nothing in memory). */
    Map<Integer, LaRef> laRefs(int las) {
        Map<Integer, LaRef> refs = new HashMap<>();
        for (int i = 0; i < las; i++) {
            String code = laCode(i);
            List<Long> ids = jdbc.queryForList("SELECT id FROM local_authority WHERE code = ?", Long.class, code);
            if (ids.isEmpty()) {
                continue;
            }
            long id = ids.get(0);
            List<Long> schools = jdbc.queryForList("SELECT id FROM school WHERE la_id = ? ORDER BY id", Long.class, id);
            List<String> cws = jdbc.queryForList("SELECT username FROM app_user WHERE la_id = ? AND role = 'LA_CASEWORKER' ORDER BY username",
                    String.class, id);
            refs.put(i, new LaRef(i, id, code, schools, new ArrayList<>(cws)));
        }
        return refs;
    }

    /** A child on SEN support whose family is about to make a request, with a parent who can sign in. */
    Child childForRequest(long requestIndex, LaRef ref, LocalDate receivedOn, Random rnd) {
        String last = Names.last(rnd);
        Family family = directory.save(new Family(last + " family", "family" + requestIndex + "@generated.example", postcode(ref, rnd)));
        // school age on the day of the request: 4 to 17
        Child child = new Child(Names.first(rnd), last, receivedOn.minusYears(4 + rnd.nextInt(14)).minusDays(rnd.nextInt(365)),
                family, directory.findLocalAuthority(ref.id()).orElseThrow(), school(ref, rnd));
        child.setSenStatus(SenStatus.SEN_SUPPORT);
        child = directory.save(child);
        directory.save(user("g.parent" + requestIndex, "Parent " + last, Role.PARENT).inFamily(family));
        return child;
    }

    private School school(LaRef ref, Random rnd) {
        if (ref.schoolIds().isEmpty()) {
            return null;
        }
        return directory.findSchool(ref.schoolIds().get(rnd.nextInt(ref.schoolIds().size()))).orElseThrow();
    }

    private static String postcode(LaRef ref, Random rnd) {
        return ref.code() + " " + rnd.nextInt(10) + (char) ('A' + rnd.nextInt(26)) + (char) ('A' + rnd.nextInt(26));
    }

    private AppUser user(String username, String name, Role role) {
        if (passwordHash == null) {
            // one hash for all: BCrypt costs ~0.1 s, far too slow to run once per generated user
            passwordHash = passwords.encode(PASSWORD);
        }
        return new AppUser(username, passwordHash, name, username + "@generated.example", role);
    }
}
