package org.claimboard.security;

import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds an account: those from configuration first, then the admin's stored one. Every account is an editor. */
@Service
class Accounts implements UserDetailsService {

    static final String EDITOR = "EDITOR";

    private final AccountProperties properties;
    private final AccountRepository stored;

    Accounts(AccountProperties properties, AccountRepository stored) {
        this.properties = properties;
        this.stored = stored;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String hash = Optional.ofNullable(properties.users().get(username))
                .or(() -> stored.findById(username).map(Account::getPasswordHash))
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        return User.withUsername(username).password(hash).roles(EDITOR).build();
    }
}
