package kz.qabyldau.app.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the database's connection inside {@link Database#read} or {@link Database#write}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
