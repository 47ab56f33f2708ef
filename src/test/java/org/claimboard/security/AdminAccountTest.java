package org.claimboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The admin's password: configured, or generated once at first start and printed that once. */
@DataJpaTest
@ExtendWith(OutputCaptureExtension.class)
class AdminAccountTest {

    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Autowired
    AccountRepository accounts;

    AdminAccount admin(String password) {
        return new AdminAccount(accounts, new AccountProperties(new AccountProperties.Admin(password), Map.of()),
                encoder, Optional.empty());
    }

    @Test
    void withoutAConfiguredPasswordOneIsGeneratedStoredHashedAndPrintedOnlyAtFirstStart(CapturedOutput log) {
        admin(null).run(null);
        String hash = accounts.findById("admin").orElseThrow().getPasswordHash();
        String printed = log.getOut().replaceAll("(?s).*generated the admin password (\\S+) .*", "$1");
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(printed);
        assertThat(encoder.matches(printed, hash)).isTrue();

        admin("").run(null);
        assertThat(accounts.findById("admin").orElseThrow().getPasswordHash()).isEqualTo(hash);
        assertThat(log.getOut().split("generated the admin password", -1)).hasSize(2);
    }

    @Test
    void aConfiguredPasswordIsStoredAndAChangedOneReplacesIt(CapturedOutput log) {
        admin("first").run(null);
        assertThat(encoder.matches("first", accounts.findById("admin").orElseThrow().getPasswordHash())).isTrue();

        admin("second").run(null);
        String hash = accounts.findById("admin").orElseThrow().getPasswordHash();
        assertThat(encoder.matches("second", hash)).isTrue();
        assertThat(encoder.matches("first", hash)).isFalse();
        assertThat(log.getOut()).doesNotContain("generated the admin password");
    }
}
