package be.nestwerk.family;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A child of a family, or one on the way.
 *
 * @param expected true while the birth date is the expected one
 */
public record Child(UUID id, @Nullable String firstName, LocalDate birthDate, boolean expected) {}
