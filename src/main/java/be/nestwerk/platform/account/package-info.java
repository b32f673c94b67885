/**
 * A person's account seen from their side and their coordinator's: invitations to a network, password reset
 * through one-time links, the account page with personal API tokens, and the members of a network.
 */
@NullMarked
package be.nestwerk.platform.account;

import org.jspecify.annotations.NullMarked;
