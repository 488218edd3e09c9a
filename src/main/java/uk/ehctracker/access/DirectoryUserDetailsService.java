package uk.ehctracker.access;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.DirectoryService;

/** Signs people in against the directory's users; passwords are BCrypt hashes. */
@Service
class DirectoryUserDetailsService implements UserDetailsService {

    private final DirectoryService directory;

    DirectoryUserDetailsService(DirectoryService directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser u = directory.findUser(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return new EhcUserDetails(toCurrentUser(u), u.getPasswordHash(), u.isEnabled());
    }

    static CurrentUser toCurrentUser(AppUser u) {
        return new CurrentUser(
                u.getId(),
                u.getUsername(),
                u.getDisplayName(),
                u.getRole(),
                u.getLocalAuthority() == null ? null : u.getLocalAuthority().getId(),
                u.getLocalAuthority() == null ? null : u.getLocalAuthority().getCode(),
                u.getSchool() == null ? null : u.getSchool().getId(),
                u.getFamily() == null ? null : u.getFamily().getId(),
                u.getChild() == null ? null : u.getChild().getId(),
                u.getDiscipline());
    }
}
