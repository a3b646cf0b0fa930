package kz.qabyldau.app.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A report's SQL with its parameters: the period's first, then the scope's workstation and operator. */
final class Query {

    /** Reads one row. */
    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private final StringBuilder sql;
    private final List<String> parameters = new ArrayList<>();

    Query(String sql, ReportPeriod period) {
        this(sql, List.of(period.from().toString(), period.to().toString()));
    }

    /** {@code parameters}: those of {@code sql}'s placeholders, in order. */
    Query(String sql, List<String> parameters) {
        this.sql = new StringBuilder(sql);
        this.parameters.addAll(parameters);
    }

    /** Narrows to the scope's workstation and operator; {@code alias} prefixes the columns ("a." or ""). */
    Query scoped(ReportScope scope, String alias) {
        scope.workstationId().ifPresent(w -> {
            sql.append(" AND ").append(alias).append("workstation_id = ?");
            parameters.add(w);
        });
        scope.operator().ifPresent(o -> {
            sql.append(" AND ").append(alias).append("finished_by = ?");
            parameters.add(o);
        });
        return this;
    }

    Query append(String more) {
        sql.append(more);
        return this;
    }

    void each(Connection c, Row row) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                st.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }
}
