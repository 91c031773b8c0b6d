package dev.cove;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CoveApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoveApplication.class, args);
    }
}
