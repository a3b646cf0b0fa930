package kz.qabyldau.app.arch.samples.ui;

import java.sql.Connection;
import java.sql.SQLException;

/** Wrong on purpose: a view that queries the database itself. */
public class UsesSql {
    void load(Connection connection) throws SQLException {
        connection.createStatement().executeQuery("select 1");
    }
}
