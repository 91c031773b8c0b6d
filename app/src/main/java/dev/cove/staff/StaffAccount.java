package dev.cove.staff;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A staff member as Spring Security sees them at sign-in. */
record StaffAccount(CompanyPrincipal principal, String passwordHash) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_STAFF"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    /** The name shown in the page header. */
    public String getDisplayName() {
        return principal.name();
    }

    @Override
    public String getUsername() {
        return principal.email();
    }
}
