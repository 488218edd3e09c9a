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

/** A person who signs in. Belongs to an LA, a school or a family, as the role needs. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "la_id")
    private LocalAuthority localAuthority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "family_id")
    private Family family;

    /** Set for a young person who acts for themselves. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Enumerated(EnumType.STRING)
    private Discipline discipline;

    @Column(nullable = false)
    private boolean enabled = true;

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String displayName, String email, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
    }

    public AppUser inLocalAuthority(LocalAuthority la) {
        this.localAuthority = la;
        return this;
    }

    public AppUser atSchool(School school) {
        this.school = school;
        return this;
    }

    public AppUser inFamily(Family family) {
        this.family = family;
        return this;
    }

    public AppUser asYoungPerson(Child self) {
        this.child = self;
        return this;
    }

    public AppUser withDiscipline(Discipline discipline) {
        this.discipline = discipline;
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public LocalAuthority getLocalAuthority() {
        return localAuthority;
    }

    public School getSchool() {
        return school;
    }

    public Family getFamily() {
        return family;
    }

    public Child getChild() {
        return child;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** A new password, already hashed; the old one stops working. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = java.util.Objects.requireNonNull(newHash);
    }

    /** A disabled account cannot sign in; its history stays, attributed to it. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
