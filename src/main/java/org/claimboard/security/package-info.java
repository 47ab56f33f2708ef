/**
 * Who may do what. Reading is open to anyone; adding, importing, correcting and verifying need a login:
 * a form login for pages (with CSRF protection on every form), HTTP Basic for the JSON API under {@code /api}.
 * Accounts come from configuration ({@link org.claimboard.security.AccountProperties}); the admin's password is
 * configured or, when none is, generated once at first start ({@link org.claimboard.security.AdminAccount}).
 */
package org.claimboard.security;
