package example.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A web service that publishes the CEP roadmap and validates roadmap documents. */
@SpringBootApplication
public class RoadmapService {
  public static void main(String[] args) {
    SpringApplication.run(RoadmapService.class, args);
  }
}
