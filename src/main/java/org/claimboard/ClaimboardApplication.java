package org.claimboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ClaimboardApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClaimboardApplication.class, args);
    }
}
