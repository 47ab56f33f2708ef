package org.claimboard.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts from configuration.
 *
 * @param admin the admin's password ({@code claimboard.admin.password}, environment
 *              {@code CLAIMBOARD_ADMIN_PASSWORD}); when empty, {@link AdminAccount} generates one at first start
 * @param users further accounts: user name to password hash in Spring Security's {@code {id}hash} form, e.g.
 *              {@code claimboard.users.alice={bcrypt}$2a$10$...}
 */
@ConfigurationProperties(prefix = "claimboard")
public record AccountProperties(Admin admin, Map<String, String> users) {

    public static final String ADMIN = "admin";

    public AccountProperties {
        admin = admin == null ? new Admin(null) : admin;
        users = users == null ? Map.of() : Map.copyOf(users);
    }

    public record Admin(String password) {

        boolean isConfigured() {
            return password != null && !password.isBlank();
        }
    }
}
