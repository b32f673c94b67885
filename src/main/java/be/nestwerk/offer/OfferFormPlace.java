package be.nestwerk.offer;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One place of an offer, as typed; the id stays the same from version to version. */
class OfferFormPlace {

    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String street;
    private @Nullable String postcode;
    private @Nullable String locality;
    private @Nullable String sectorCode;
    private @Nullable String latitude;
    private @Nullable String longitude;
    private boolean wheelchairAccessible;
    private boolean confidential;

    static OfferFormPlace withNewId() {
        OfferFormPlace place = new OfferFormPlace();
        place.id = UUID.randomUUID().toString();
        return place;
    }

    boolean hasNoInput() {
        return OfferFormReader.isBlank(name)
                && OfferFormReader.isBlank(street)
                && OfferFormReader.isBlank(postcode)
                && OfferFormReader.isBlank(locality)
                && OfferFormReader.isBlank(sectorCode)
                && OfferFormReader.isBlank(latitude)
                && OfferFormReader.isBlank(longitude);
    }

    public @Nullable String getId() {
        return id;
    }

    public void setId(@Nullable String id) {
        this.id = id;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getStreet() {
        return street;
    }

    public void setStreet(@Nullable String street) {
        this.street = street;
    }

    public @Nullable String getPostcode() {
        return postcode;
    }

    public void setPostcode(@Nullable String postcode) {
        this.postcode = postcode;
    }

    public @Nullable String getLocality() {
        return locality;
    }

    public void setLocality(@Nullable String locality) {
        this.locality = locality;
    }

    public @Nullable String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(@Nullable String sectorCode) {
        this.sectorCode = sectorCode;
    }

    public @Nullable String getLatitude() {
        return latitude;
    }

    public void setLatitude(@Nullable String latitude) {
        this.latitude = latitude;
    }

    public @Nullable String getLongitude() {
        return longitude;
    }

    public void setLongitude(@Nullable String longitude) {
        this.longitude = longitude;
    }

    public boolean isWheelchairAccessible() {
        return wheelchairAccessible;
    }

    public void setWheelchairAccessible(boolean wheelchairAccessible) {
        this.wheelchairAccessible = wheelchairAccessible;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }
}
