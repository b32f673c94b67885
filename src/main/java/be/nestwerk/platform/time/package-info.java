/** The calendar of Belgium as the network works by it: Easter, the legal public holidays, working days. */
@NullMarked
package be.nestwerk.platform.time;

import org.jspecify.annotations.NullMarked;
