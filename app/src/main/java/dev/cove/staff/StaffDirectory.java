package dev.cove.staff;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import dev.cove.shared.CompanyId;

/** Finds the staff member signing in by their email, which is unique across Cove. */
@Component
class StaffDirectory implements UserDetailsService {

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return jdbc.sql("SELECT id, company_id, email, full_name, password_hash FROM staff_users WHERE email = ?")
                .param(email.trim().toLowerCase())
                .query((rs, n) -> new StaffAccount(
                        new CompanyPrincipal(new CompanyId(rs.getObject("company_id", UUID.class)),
                                rs.getObject("id", UUID.class), rs.getString("full_name"), rs.getString("email")),
                        rs.getString("password_hash")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No staff member signs in as " + email));
    }
}
