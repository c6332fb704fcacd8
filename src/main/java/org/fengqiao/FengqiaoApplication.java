package org.fengqiao;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Fengqiao (枫桥): one deployable modular monolith; modules are the sub-packages. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Fengqiao", sharedModules = "shared")
public class FengqiaoApplication {

    /** The one place the zone is set: every deadline and timestamp is read in China Standard Time. */
    public static final String ZONE = "Asia/Shanghai";

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
        SpringApplication.run(FengqiaoApplication.class, args);
    }
}
