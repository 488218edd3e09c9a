package uk.ehctracker.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.EhcUserDetails;
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
 * The benchmark's own LA ({@code BENCH}), made through the directory once per database: a
 * school, a caseworker {@code bench.cw} (password {@value #PASSWORD}) and its advisers; then as
 * many fresh children as a measurement needs (a child has one open request at a time).
 */
final class BenchWorld {

    static final String CASEWORKER = "bench.cw";
    static final String PASSWORD = "bench";
    private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    private final DirectoryService directory;
    private final UserDetailsService users;
    private final TransactionTemplate tx;
    private final PasswordEncoder passwords;

    BenchWorld(DirectoryService directory, UserDetailsService users, PlatformTransactionManager transactions, PasswordEncoder passwords) {
        this.directory = directory;
        this.users = users;
        this.tx = new TransactionTemplate(transactions);
        this.passwords = passwords;
    }

    synchronized void ensure() {
        if (directory.userExists(CASEWORKER)) {
            return;
        }
        tx.executeWithoutResult(s -> {
            LocalAuthority la = directory.save(new LocalAuthority("BENCH", "Benchmark Council",
                    new Contact("Bench Mediation", "0300 000 0000", "mediation@bench.example", "https://bench.example"),
                    new Contact("Bench SENDIASS", "0300 000 0001", "sendiass@bench.example", "https://bench.example")));
            directory.save(new School("BENCH0001", "Bench Primary School", "Primary", la, "office@bench.example"));
            String hash = passwords.encode(PASSWORD);
            directory.save(new AppUser(CASEWORKER, hash, "Bench Caseworker", "bench.cw@bench.example", Role.LA_CASEWORKER).inLocalAuthority(la));
            directory.save(new AppUser("bench.manager", hash, "Bench Manager", "bench.manager@bench.example", Role.LA_MANAGER).inLocalAuthority(la));
            directory.save(new AppUser("bench.ep", hash, "Bench EP", "bench.ep@bench.example", Role.PROFESSIONAL)
                    .inLocalAuthority(la).withDiscipline(Discipline.PSYCHOLOGICAL));
        });
    }

    CurrentUser caseworker() {
        return ((EhcUserDetails) users.loadUserByUsername(CASEWORKER)).user();
    }

    /** {@code n} new children of the bench LA, each in their own family, in one transaction. */
    List<Long> children(int n, LocalDate today) {
        long laId = caseworker().laId();
        return tx.execute(s -> {
            LocalAuthority la = directory.findLocalAuthority(laId).orElseThrow();
            School school = directory.findSetting("Bench Primary School", "school").orElseThrow();
            List<Long> ids = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long k = SEQ.incrementAndGet();
                Family f = directory.save(new Family("Bench family " + k, "bench" + k + "@bench.example", "BE1 1CH"));
                Child c = new Child("Bench" + k, "Child", today.minusYears(6 + (int) (k % 10)).minusDays(k % 300), f, la, school);
                c.setSenStatus(SenStatus.SEN_SUPPORT);
                ids.add(directory.save(c).getId());
            }
            return ids;
        });
    }
}
