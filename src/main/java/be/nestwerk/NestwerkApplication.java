package be.nestwerk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class NestwerkApplication {

    public static void main(String[] args) {
        SpringApplication.run(NestwerkApplication.class, args);
    }
}
