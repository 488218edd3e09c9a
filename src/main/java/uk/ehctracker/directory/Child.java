package uk.ehctracker.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import uk.ehctracker.statutory.SchoolYear;

/** A child or young person (0-25), in the area of the LA responsible for them (CFA s24). */
@Entity
@Table(name = "child")
public class Child {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    private String upn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id")
    private Family family;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "la_id")
    private LocalAuthority localAuthority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @Enumerated(EnumType.STRING)
    @Column(name = "sen_status", nullable = false)
    private SenStatus senStatus = SenStatus.NONE;

    /** Once a young person (CFA s83(2)): their own e-mail, where their notices' e-mails go. */
    @Column(name = "young_person_email")
    private String youngPersonEmail;

    /** Once a young person: whether they agree that their parent is sent copies of their notices (Code ch 8). */
    @Column(name = "parent_copies_agreed", nullable = false)
    private boolean parentCopiesAgreed;

    /** CFA s80: who acts for a young person who lacks capacity (a deputy or attorney); null if no one. */
    @Column(name = "representative_name")
    private String representativeName;

    @Column(name = "representative_email")
    private String representativeEmail;

    protected Child() {
    }

    public Child(String firstName, String lastName, LocalDate dateOfBirth, Family family,
            LocalAuthority localAuthority, School school) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.dateOfBirth = dateOfBirth;
        this.family = family;
        this.localAuthority = localAuthority;
        this.school = school;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getUpn() {
        return upn;
    }

    /** The pupil's unique pupil number (UPN), as the school census gives it. */
    public void recordUpn(String upn) {
        this.upn = upn;
    }

    public Family getFamily() {
        return family;
    }

    public LocalAuthority getLocalAuthority() {
        return localAuthority;
    }

    public School getSchool() {
        return school;
    }

    /** The child moved into another LA's area and their plan went with them (CFA s47; reg 15). */
    public void transferredTo(LocalAuthority newLa) {
        this.localAuthority = newLa;
    }

    public void moveTo(School newSchool) {
        this.school = newSchool;
    }

    public SenStatus getSenStatus() {
        return senStatus;
    }

    public void setSenStatus(SenStatus senStatus) {
        this.senStatus = senStatus;
    }

    /** Age in whole years on the given date. */
    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    /**
     * National curriculum year group on the given date: children born 1 Sep to 31 Aug start
     * Reception in the September after their fourth birthday.
     */
    public String getYoungPersonEmail() {
        return youngPersonEmail;
    }

    public boolean isParentCopiesAgreed() {
        return parentCopiesAgreed;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public String getRepresentativeEmail() {
        return representativeEmail;
    }

    /** Records a young person's own e-mail and whether they agree that their parent is copied. */
    public void recordYoungPersonsWishes(String email, boolean parentCopiesAgreed) {
        this.youngPersonEmail = email;
        this.parentCopiesAgreed = parentCopiesAgreed;
    }

    /** CFA s80: records who acts for a young person who lacks capacity (null name: no one). */
    public void recordRepresentative(String name, String email) {
        this.representativeName = name;
        this.representativeEmail = name == null ? null : email;
    }

    public int yearGroupOn(LocalDate date) {
        return SchoolYear.yearGroup(dateOfBirth, date);
    }
}
