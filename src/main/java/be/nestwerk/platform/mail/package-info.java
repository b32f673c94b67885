/**
 * Outgoing e-mail through a transactional outbox: mail is written with the change that causes it and sent by a
 * cluster-safe dispatcher that retries until the SMTP server accepts it.
 */
@NullMarked
package be.nestwerk.platform.mail;

import org.jspecify.annotations.NullMarked;
