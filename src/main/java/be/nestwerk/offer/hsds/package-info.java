/**
 * Open data: the catalogue's published offers as an Open Referral HSDS 3.0 read API, and the import of an HSDS 3.0
 * dataset into a network as draft offers. Part of the offer module.
 */
@NullMarked
package be.nestwerk.offer.hsds;

import org.jspecify.annotations.NullMarked;
