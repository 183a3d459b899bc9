package hk.cleanerproduction.adjudicator.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Replicas started together on an empty PostgreSQL database each create Liquibase's tables, and all but
 * one fail ("relation databasechangelog already exists"): Liquibase's own lock does not cover creating
 * them. So each process holds a PostgreSQL advisory lock (per database) while it migrates: the replicas
 * migrate one after another, and the later ones find the schema up to date. HSQLDB is left alone: its
 * file database belongs to one process ({@link DataFolderLock}).
 */
@Component
class MigrationLock implements BeanPostProcessor, DisposableBean {

    /** Any fixed number: the lock is the programme's schema migration, in the database connected to. */
    private static final long KEY = 0x4350_4144_4A55_4449L;

    /** The connection holding the lock, by the name of the Liquibase bean migrating under it. */
    private final Map<String, Connection> held = new ConcurrentHashMap<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            try {
                Connection connection = liquibase.getDataSource().getConnection();
                if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                    connection.close();
                    return bean;
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select pg_advisory_lock(" + KEY + ")");
                }
                held.put(name, connection);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot take the schema migration lock: " + e.getMessage(), e);
            }
        }
        return bean;
    }

    /** Liquibase migrates as its bean is initialised: between the two callbacks. */
    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        Connection connection = held.remove(name);
        if (connection != null) {
            release(connection);
        }
        return bean;
    }

    /** A failed migration stops the start: the lock is let go as the context closes. */
    @Override
    public void destroy() {
        held.values().forEach(MigrationLock::release);
        held.clear();
    }

    private static void release(Connection connection) {
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // closing the session lets go of the lock in any case
        }
    }
}
