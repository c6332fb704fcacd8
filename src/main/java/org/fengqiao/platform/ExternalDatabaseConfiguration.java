package org.fengqiao.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code SPRING_DATASOURCE_URL} set, the pool is declared here, in the application's own configuration, rather
 * left to Boot's auto-configuration: db-scheduler's auto-configuration orders itself after a Boot 3 class that Boot 4
 * no longer has, so it was evaluated before Boot's DataSource existed, created no scheduler, and the application
 * failed to start on an external database. Same settings ({@code spring.datasource.*}, {@code ...hikari.*}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabasePresent.class)
class ExternalDatabaseConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }
}
