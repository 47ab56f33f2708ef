package org.claimboard.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure the admin can sign in. A configured password wins and is stored (hashed) whenever it changed;
 * without one, a random password is generated at first start, stored hashed and printed to the log that once.
 * Only the web app does this: the command-line commands, which need no sign-in, never print a password.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final AccountRepository accounts;
    private final AccountProperties properties;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AdminAccount(AccountRepository accounts, AccountProperties properties, PasswordEncoder encoder,
                 Optional<Clock> clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.encoder = encoder;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<Account> stored = accounts.findById(AccountProperties.ADMIN);
        if (properties.admin().isConfigured()) {
            String password = properties.admin().password();
            if (stored.isEmpty()) {
                accounts.save(new Account(AccountProperties.ADMIN, encoder.encode(password), now()));
            } else if (!encoder.matches(password, stored.get().getPasswordHash())) {
                stored.get().changePassword(encoder.encode(password), now());
            }
        } else if (stored.isEmpty()) {
            String password = randomPassword();
            accounts.save(new Account(AccountProperties.ADMIN, encoder.encode(password), now()));
            log.warn("No claimboard.admin.password is set: generated the admin password {} (shown only this once;"
                    + " set CLAIMBOARD_ADMIN_PASSWORD to choose your own)", password);
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
