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
        return CurrentUser.of(u);
    }
}
