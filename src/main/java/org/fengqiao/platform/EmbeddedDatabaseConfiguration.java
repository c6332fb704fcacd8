package org.fengqiao.platform;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Without an external database Fengqiao starts PostgreSQL itself, with its data under {@code ./data}. */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseAbsent.class)
class EmbeddedDatabaseConfiguration {

    /** Code defaults below; {@code spring.datasource.hikari.*} properties override them. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedDatabaseSettings settings) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(EmbeddedPostgresServers.jdbcUrl(settings));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(20);
        // idle connections beyond these two are closed after the idle timeout instead of being held for ever
        ds.setMinimumIdle(2);
        ds.setPoolName("fengqiao-embedded");
        // at JVM exit the server may stop before the last bean lets go of the pool: fail fast, not after 30 s
        ds.setConnectionTimeout(5_000);
        return ds;
    }
}
