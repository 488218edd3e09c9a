package uk.ehctracker.demo;

import java.time.LocalDate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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
 * The demo's people and places. Fictional names throughout. Each demo user's password equals
 * their username (README lists them).
 */
@Component
class DemoDirectory {

    /** The demo children whose cases {@link DemoCases} makes (first name, last name). */
    static final String[][] CHILDREN_WITH_CASES = {
        {"Yusuf", "Khan"}, {"Jack", "Wilson"}, {"Oliver", "Smith"}, {"Leo", "Taylor"},
        {"Sophia", "Evans"}, {"Noah", "Brown"}, {"Maya", "Patel"}, {"Ethan", "Hughes"}, {"Isla", "Jones"}, {"Ella", "Taylor"},
        {"Finn", "Walker"}, {"Ruby", "Walker"},
        {"Olivia", "Green"}, {"Harry", "Green"}, {"Grace", "Green"}, {"Jacob", "Green"}, {"Mia", "Green"}};

    private final DirectoryService directory;
    private final PasswordEncoder passwords;

    DemoDirectory(DirectoryService directory, PasswordEncoder passwords) {
        this.directory = directory;
        this.passwords = passwords;
    }

    boolean alreadySeeded() {
        return directory.userExists("caseworker");
    }

    @Transactional
    void seed(LocalDate today) {
        LocalAuthority north = directory.save(new LocalAuthority("LA1", "Northbridge Council",
                new Contact("Northbridge Mediation Service", "0300 123 4001", "mediation@northbridge.example", "https://mediation.northbridge.example"),
                new Contact("Northbridge SENDIASS", "0300 123 4002", "sendiass@northbridge.example", "https://sendiass.northbridge.example")));
        // reg 4(2)(b), (c): Northbridge has recorded where its health and social care notices go; Southvale has not yet
        directory.save(north.withContacts(north.getMediationAdviser(), north.getIasService(),
                new Contact("Northbridge Integrated Care Board, SEND team", "0300 123 4010", "send@northbridge-icb.example", null),
                new Contact("Northbridge Children's Social Care", "0300 123 4020", "childrens.services@northbridge.example", null)));
        LocalAuthority south = directory.save(new LocalAuthority("LA2", "Southvale Council",
                new Contact("Southvale Mediation", "0300 765 4001", "mediation@southvale.example", "https://mediation.southvale.example"),
                new Contact("Southvale SENDIASS", "0300 765 4002", "sendiass@southvale.example", "https://sendiass.southvale.example")));
        // CFA s39(3), s40(3): where each LA's SEN team is sent another LA's consultation on a setting it maintains
        directory.save(north.withSenTeamEmail("sen.team@northbridge.example"));
        directory.save(south.withSenTeamEmail("sen.team@southvale.example"));

        School riverside = directory.save(new School("100001", "Riverside Primary School", "Primary", north, "office@riverside.example"));
        School hillcrest = directory.save(new School("100002", "Hillcrest Academy", "Secondary", north, "office@hillcrest.example"));
        School meadow = directory.save(new School("100003", "Meadow View Primary School", "Primary", south, "office@meadowview.example"));

        Family khan = directory.save(new Family("Khan family", "khan.family@example.com", "NB1 2AB"));
        Family taylor = directory.save(new Family("Taylor family", "taylor.family@example.com", "NB3 4CD"));
        Family brown = directory.save(new Family("Brown family", "brown.family@example.com", "NB5 6EF"));
        Family patel = directory.save(new Family("Patel family", "patel.family@example.com", "NB7 8GH"));
        Family smith = directory.save(new Family("Smith family", null, "NB9 1JK"));
        Family jones = directory.save(new Family("Jones family", null, "NB2 3LM"));
        Family evans = directory.save(new Family("Evans family", null, "NB4 5NP"));
        Family hughes = directory.save(new Family("Hughes family", "ethan.hughes@example.com", "NB6 7QR"));
        Family wilson = directory.save(new Family("Wilson family", "wilson.family@example.com", "SV1 2AB"));
        Family davies = directory.save(new Family("Davies family", null, "SV3 4CD"));
        Family walker = directory.save(new Family("Walker family", "walker.family@example.com", "NB8 9ST"));
        Family green = directory.save(new Family("Green family", "green.family@example.com", "NB1 5UV"));

        child("Amira", "Khan", today.minusYears(9).minusDays(40), khan, north, riverside, SenStatus.SEN_SUPPORT);
        child("Yusuf", "Khan", today.minusYears(13).minusDays(100), khan, north, hillcrest, SenStatus.SEN_SUPPORT);
        child("Leo", "Taylor", today.minusYears(7).minusDays(200), taylor, north, riverside, SenStatus.SEN_SUPPORT);
        child("Ella", "Taylor", today.minusYears(12).minusDays(10), taylor, north, hillcrest, SenStatus.SEN_SUPPORT);
        child("Noah", "Brown", today.minusYears(10).minusDays(150), brown, north, riverside, SenStatus.SEN_SUPPORT);
        child("Maya", "Patel", today.minusYears(14).minusDays(60), patel, north, hillcrest, SenStatus.EHC_PLAN);
        child("Oliver", "Smith", today.minusYears(8).minusDays(300), smith, north, riverside, SenStatus.SEN_SUPPORT);
        child("Isla", "Jones", today.minusYears(6).minusDays(20), jones, north, riverside, SenStatus.SEN_SUPPORT);
        child("Sophia", "Evans", today.minusYears(11).minusDays(90), evans, north, hillcrest, SenStatus.SEN_SUPPORT);
        Child ethan = child("Ethan", "Hughes", today.minusYears(17).minusDays(30), hughes, north, null, SenStatus.NONE);
        child("Jack", "Wilson", today.minusYears(9).minusDays(250), wilson, south, meadow, SenStatus.SEN_SUPPORT);
        child("Ava", "Davies", today.minusYears(5).minusDays(70), davies, south, meadow, SenStatus.SEN_SUPPORT);
        // plans ceasing (CFA s45): Finn's ceased, Ruby's with the family for their views
        child("Finn", "Walker", today.minusYears(14).minusDays(120), walker, north, hillcrest, SenStatus.EHC_PLAN);
        child("Ruby", "Walker", today.minusYears(10).minusDays(45), walker, north, riverside, SenStatus.EHC_PLAN);
        // plans at each stage of the annual review (CFA s44; regs 18, 20, 22): see DemoCases.seedPlansUnderReview
        child("Olivia", "Green", today.minusYears(7).minusDays(30), green, north, riverside, SenStatus.EHC_PLAN);
        child("Harry", "Green", today.minusYears(12).minusDays(200), green, north, hillcrest, SenStatus.EHC_PLAN);
        child("Grace", "Green", today.minusYears(13).minusDays(100), green, north, hillcrest, SenStatus.EHC_PLAN);
        child("Jacob", "Green", today.minusYears(8).minusDays(150), green, north, riverside, SenStatus.EHC_PLAN);
        // in year 6, moving to secondary school on the September after the coming 15 February (reg 18(1))
        child("Mia", "Green", DemoCases.bornToMoveToSecondaryAfter(DemoCases.comingFifteenthFebruary(today)), green, north, riverside,
                SenStatus.EHC_PLAN);

        save(user("caseworker", "Sam Okafor", Role.LA_CASEWORKER).inLocalAuthority(north));
        save(user("manager", "Priya Shah", Role.LA_MANAGER).inLocalAuthority(north));
        save(user("caseworker2", "Tom Reed", Role.LA_CASEWORKER).inLocalAuthority(south));
        save(user("senco", "Helen Clarke", Role.SENCO).atSchool(riverside));
        save(user("senco2", "David Moss", Role.SENCO).atSchool(hillcrest));
        save(user("parent", "Aisha Khan", Role.PARENT).inFamily(khan));
        save(user("parent2", "Chris Taylor", Role.PARENT).inFamily(taylor));
        // the families at the family's own steps: Noah's draft plan to comment on, Maya's final plan to read
        save(user("parent3", "Kate Brown", Role.PARENT).inFamily(brown));
        save(user("parent4", "Ravi Patel", Role.PARENT).inFamily(patel));
        save(user("parent5", "Dan Walker", Role.PARENT).inFamily(walker));
        // five plans, one at each stage of the annual review
        save(user("parent6", "Jess Green", Role.PARENT).inFamily(green));
        save(user("professional", "Dr Ruth Morgan", Role.PROFESSIONAL).inLocalAuthority(north).withDiscipline(Discipline.PSYCHOLOGICAL));
        save(user("health", "Dr Imran Ali", Role.PROFESSIONAL).inLocalAuthority(north).withDiscipline(Discipline.MEDICAL));
        save(user("socialcare", "Jo Bennett", Role.PROFESSIONAL).inLocalAuthority(north).withDiscipline(Discipline.SOCIAL_CARE));
        // a young person over compulsory school age, who signs in for himself (CFA s83(2))
        save(user("ethan", "Ethan Hughes", Role.PARENT).inFamily(hughes).asYoungPerson(ethan));
        save(user("admin", "Alex Admin", Role.ADMIN));
    }

    private Child child(String first, String last, LocalDate dob, Family family, LocalAuthority la, School school, SenStatus status) {
        Child c = new Child(first, last, dob, family, la, school);
        c.setSenStatus(status);
        return directory.save(c);
    }

    private AppUser user(String username, String name, Role role) {
        return new AppUser(username, passwords.encode(username), name, username + "@example.com", role);
    }

    private void save(AppUser user) {
        directory.save(user);
    }
}
