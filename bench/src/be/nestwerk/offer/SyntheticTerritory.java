package be.nestwerk.offer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The real municipalities and postcodes (loaded by Flyway V3), and the synthetic Huizen van het Kind laid over them:
 * one per municipality, except that the smallest municipalities share one with their nearest neighbour of the same
 * arrondissement until there are as many networks as asked.
 */
final class SyntheticTerritory {

    record Postcode(String code, String locality, double latitude, double longitude) {}

    record Municipality(
            String nisCode,
            String name,
            String arrondissement,
            double latitude,
            double longitude,
            int population,
            List<Postcode> postcodes,
            List<String> sectors) {}

    record Network(UUID id, String slug, String name, List<Municipality> municipalities) {

        int population() {
            return municipalities.stream().mapToInt(Municipality::population).sum();
        }
    }

    final List<Municipality> municipalities;
    final List<Network> networks;

    private SyntheticTerritory(List<Municipality> municipalities, List<Network> networks) {
        this.municipalities = municipalities;
        this.networks = networks;
    }

    static SyntheticTerritory read(Connection connection, int networkCount) throws SQLException {
        Map<String, List<Postcode>> postcodes = new LinkedHashMap<>();
        Map<String, List<String>> sectors = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select p.postcode, p.locality, p.nis_code,"
                            + " coalesce(p.lat, m.centroid_lat), coalesce(p.lon, m.centroid_lon)"
                            + " from postcode p join municipality m on m.nis_code = p.nis_code order by p.postcode, p.locality")) {
                while (rs.next()) {
                    postcodes
                            .computeIfAbsent(rs.getString(3), k -> new ArrayList<>())
                            .add(new Postcode(rs.getString(1), rs.getString(2), rs.getDouble(4), rs.getDouble(5)));
                }
            }
            try (ResultSet rs = statement.executeQuery("select nis_code, code from statistical_sector order by code")) {
                while (rs.next()) {
                    sectors.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                }
            }
            List<Municipality> municipalities = new ArrayList<>();
            try (ResultSet rs =
                    statement.executeQuery("select nis_code, name_nl, arrondissement_nis, centroid_lat, centroid_lon,"
                            + " coalesce(population_2020, 5000) from municipality order by nis_code")) {
                while (rs.next()) {
                    String nis = rs.getString(1);
                    municipalities.add(new Municipality(
                            nis,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getDouble(4),
                            rs.getDouble(5),
                            rs.getInt(6),
                            List.copyOf(postcodes.getOrDefault(nis, List.of())),
                            List.copyOf(sectors.getOrDefault(nis, List.of()))));
                }
            }
            if (municipalities.isEmpty()) {
                throw new IllegalStateException("No municipalities: has Flyway loaded the territory (V3)?");
            }
            return new SyntheticTerritory(municipalities, networks(municipalities, networkCount));
        }
    }

    private static List<Network> networks(List<Municipality> municipalities, int networkCount) {
        Map<String, List<Municipality>> groups = new LinkedHashMap<>();
        municipalities.forEach(m -> groups.put(m.nisCode(), new ArrayList<>(List.of(m))));
        List<Municipality> smallestFirst = municipalities.stream()
                .sorted(Comparator.comparingInt(Municipality::population).thenComparing(Municipality::nisCode))
                .toList();
        Set<String> merged = new HashSet<>();
        for (Municipality small : smallestFirst) {
            if (groups.size() <= networkCount) {
                break;
            }
            if (merged.contains(small.nisCode()) || groups.get(small.nisCode()).size() > 1) {
                continue;
            }
            municipalities.stream()
                    .filter(other -> !other.nisCode().equals(small.nisCode())
                            && other.arrondissement().equals(small.arrondissement())
                            && groups.containsKey(other.nisCode())
                            && groups.get(other.nisCode()).size() == 1)
                    .min(Comparator.comparingDouble(other -> distanceKm(small, other)))
                    .ifPresent(neighbour -> {
                        groups.get(neighbour.nisCode()).add(small);
                        groups.remove(small.nisCode());
                        merged.add(small.nisCode());
                        merged.add(neighbour.nisCode());
                    });
        }
        List<Network> networks = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (List<Municipality> group : groups.values()) {
            group.sort(Comparator.comparingInt(Municipality::population).reversed());
            String name = "Huis van het Kind " + group.get(0).name()
                    + (group.size() > 1 ? " en " + group.get(1).name() : "");
            String slug = slug(name);
            for (int n = 2; !slugs.add(slug); n++) {
                slug = slug(name) + "-" + n;
            }
            UUID id = Ids.of("network", slug);
            networks.add(new Network(id, slug, name, List.copyOf(group)));
        }
        return List.copyOf(networks);
    }

    /** The same rule as the application's slugs: "Huis van het Kind Sint-Niklaas" → "huis-van-het-kind-sint-niklaas". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    static double distanceKm(Municipality a, Municipality b) {
        double dLat = (a.latitude() - b.latitude()) * SearchFilter.KM_PER_DEGREE;
        double dLon =
                (a.longitude() - b.longitude()) * SearchFilter.KM_PER_DEGREE * Math.cos(Math.toRadians(a.latitude()));
        return Math.sqrt(dLat * dLat + dLon * dLon);
    }
}
