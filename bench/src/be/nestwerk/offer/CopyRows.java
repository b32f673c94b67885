package be.nestwerk.offer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** Streams rows into a table with PostgreSQL's COPY (text format), far faster than inserts. */
final class CopyRows implements AutoCloseable {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);
    private long rows;

    private CopyRows(Writer out) {
        this.out = out;
    }

    /** Starts "copy table (columns) from stdin"; close() ends it. Only one COPY at a time per connection. */
    static CopyRows into(Connection connection, String table, String columns) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        PGCopyOutputStream stream = new PGCopyOutputStream(postgres, "copy " + table + " (" + columns + ") from stdin");
        return new CopyRows(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
    }

    CopyRows value(@Nullable Object value) {
        if (!line.isEmpty()) {
            line.append('\t');
        }
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof Boolean flag) {
            line.append(flag ? 't' : 'f');
        } else if (value instanceof Instant || value instanceof LocalDate) {
            line.append(value);
        } else {
            escape(value.toString());
        }
        return this;
    }

    /** A text[] value; elements are quoted for the array syntax, then escaped for COPY. */
    CopyRows array(Collection<?> values) {
        return value(values.stream()
                .map(value -> value instanceof Enum<?> e ? e.name() : value.toString())
                .sorted()
                .map(value -> '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}")));
    }

    void end() throws IOException {
        line.append('\n');
        out.append(line);
        line.setLength(0);
        rows++;
    }

    long rows() {
        return rows;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
