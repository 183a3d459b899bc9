package hk.cleanerproduction.adjudicator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class KeptStatementTests {

    HikariDataSource pool;
    JdbcTemplate jdbc;
    KeptStatement insert = new KeptStatement("insert into note (id, text) values (?, ?)");

    @BeforeEach
    void database() {
        pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:hsqldb:mem:kept-" + System.nanoTime());
        pool.setUsername("SA");
        pool.setMaximumPoolSize(1);
        jdbc = new JdbcTemplate(pool);
        jdbc.execute("create table note (id int primary key, text varchar(20))");
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void insertsWithTheValuesGivenAndKeepsOneStatementPerConnection() {
        insert.update(jdbc, 1, "清潔生產");
        insert.update(jdbc, 2, null);

        assertThat(jdbc.queryForList("select text from note order by id", String.class)).containsExactly("清潔生產", null);
        assertThat(insert.connectionsHoldingIt()).isEqualTo(1);
    }

    @Test
    void aDuplicateKeyIsTranslatedAndTheStatementStillWorksAfterIt() {
        insert.update(jdbc, 1, "first");

        assertThatThrownBy(() -> insert.update(jdbc, 1, "again")).isInstanceOf(DuplicateKeyException.class);
        insert.update(jdbc, 2, "second");

        assertThat(jdbc.queryForList("select text from note order by id", String.class)).containsExactly("first", "second");
    }

    @Test
    void joinsTheCallersTransaction() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            insert.update(jdbc, 1, "rolled back");
            throw new IllegalStateException("something after the insert failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("select count(*) from note", Integer.class)).isZero();
    }

    @Test
    void forgetsConnectionsThePoolHasClosed() throws Exception {
        insert.update(jdbc, 1, "old connection");
        // the pool retires its connection (as it does after max-lifetime) and opens a new one
        try (Connection retired = pool.getConnection()) {
            pool.evictConnection(retired);
        }

        insert.update(jdbc, 2, "new connection");

        assertThat(insert.connectionsHoldingIt()).isEqualTo(1);
        assertThat(jdbc.queryForList("select id from note order by id", Integer.class)).isEqualTo(List.of(1, 2));
    }
}
